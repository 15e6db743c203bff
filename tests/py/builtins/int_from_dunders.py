class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class WithTrunc:
    def __trunc__(self): return 9
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
class TruncIdx:
    def __trunc__(self): return WithIndex()
print(int(WithInt()), int(WithIndex()), int(Both()), int(TruncIdx()))
class BadInt:
    def __int__(self): return 'x'
class BadTrunc:
    def __trunc__(self): return 'y'
for v in [BadInt(), BadTrunc(), object()]:
    try:
        print(int(v))
    except TypeError as e:
        print('TypeError', e)
