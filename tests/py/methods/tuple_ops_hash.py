# Tuples: concatenation, repetition, comparison, hashing of equal tuples, and errors.
a = (1, 2)
b = a + (3,)
print(b, a * 2, 2 * a, () * 3, a < b, (1, 2) == (1.0, 2.0))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), {(1, "a"): 1}[(1, "a")])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    a + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    a[0] = 5
except TypeError as e:
    print("TypeError:", e)
