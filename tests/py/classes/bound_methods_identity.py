# Bound methods carry __self__ and __func__; each access makes a new bound method that compares equal.
class A:
    def f(self):
        return "f"

a = A()
m1, m2 = a.f, a.f
print(m1 == m2, m1.__self__ is a, m1.__func__ is A.f, m1(), A.f(a))
b = A()
print(a.f == b.f, type(m1).__name__)
unbound = A.f
try:
    unbound()
except TypeError as e:
    print("TypeError:", e)
a.f = lambda: "instance attr"
print(a.f(), A.f(a))
