# isinstance/issubclass with tuples, bool/int relationships and user hierarchies.
class A:
    pass

class B(A):
    pass

print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)), issubclass(B, (str, A)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), issubclass(A, object))
print(isinstance(A, type), isinstance(type, type), isinstance(int, object), issubclass(type, object))
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
