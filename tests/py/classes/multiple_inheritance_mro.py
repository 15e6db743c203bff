# The C3 MRO for a diamond and cooperative super() calls follow it.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print([k.__name__ for k in D.__mro__])
print(D().hello())
print(D.mro() == list(D.__mro__), issubclass(D, A), isinstance(D(), C))
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
