print(abs(-0), abs(-0.0), abs(True), abs(-2**100), abs(float('-inf')), abs(-1e-320))
class A:
    def __abs__(self): return 'absolute'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print('TypeError', e)
