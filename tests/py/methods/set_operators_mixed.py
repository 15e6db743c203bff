# Set operators between set and frozenset: the result takes the left operand's type.
s = {1, 2, 3}
f = frozenset({2, 3, 4})
for r in (s | f, s & f, s - f, s ^ f, f | s, f & s, f - s, f ^ s):
    print(type(r).__name__, sorted(r))
print(s == {1, 2, 3}, f == frozenset([4, 3, 2]), s == frozenset(s), {1} != {1.0})
try:
    s | [4]
except TypeError as e:
    print("TypeError:", e)
try:
    f & (1, 2)
except TypeError as e:
    print("TypeError:", e)
