# sum with start values.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.5]), sum(range(101)))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
