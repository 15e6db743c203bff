class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), issubclass(B, A), issubclass(A, B), issubclass(B, (C, B)))
print(isinstance(A, type), isinstance(b, object), type(b) is B, type(b) == A)
