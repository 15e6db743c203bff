# hash of ints, bools, tuples and None-free values (never strings).
print(hash(0), hash(1), hash(-1), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(hash((1, 2)) == hash((1, 2)), hash(1.5) == hash(1.5), hash(0.5))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
