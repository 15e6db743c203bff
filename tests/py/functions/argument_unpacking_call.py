# Unpacking several iterables and dicts in one call.
def f(a, b, c, d, e=None, **kw):
    return a, b, c, d, e, kw
print(f(*[1, 2], *(3,), 4))
print(f(1, *"bc", **{"d": "D"}, **{"e": "E", "z": 0}))
try:
    f(1, 2, 3, 4, **{"e": 1}, e=2)
except TypeError:
    print("TypeError: duplicate keyword e")
