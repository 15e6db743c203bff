# Sorting incomparable values fails with TypeError; the comparison message is exact.
xs = [3, "a", 1]
try:
    xs.sort()
except TypeError:
    print("TypeError from sort")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] > "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
