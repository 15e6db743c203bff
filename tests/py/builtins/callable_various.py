class C:
    def __call__(self): return 1
class D:
    pass
def f(): pass
print(callable(f), callable(len), callable(C), callable(C()), callable(D()), callable(1), callable('s'))
print(callable(lambda: 0), callable(print), callable(int), callable([].append), callable(None))
