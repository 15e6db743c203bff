# list comparisons are lexicographic and need comparable elements.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1.0, 2.0])
print([[1], [2]] < [[1], [3]], ["a"] <= ["a"], [1, 2] != [2, 1])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2, 1], [1, 2], [1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
