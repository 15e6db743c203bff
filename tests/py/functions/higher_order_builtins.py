# map/filter/zip with functions.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n ** 2, nums)))
print(list(filter(lambda n: n % 2 == 0, nums)), list(filter(None, [0, 1, "", "a", None])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(str, nums)), list(map(int, ["7", "8"])))
