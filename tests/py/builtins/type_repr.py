# type() of values and its repr.
for v in [1, 1.5, "s", b"b", True, None, [], (), {}, set(), frozenset(), range(1), len, ValueError("x"), slice(1), ...]:
    print(type(v), type(v).__name__)
print(type(1) is int, type(True) is bool, type(1) == type(2), type(int), type(type))
def f():
    pass
print(type(f), type(lambda: 0).__name__)
