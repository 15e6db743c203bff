pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, lets = zip(*pairs)
print(nums, lets)
z = zip(range(3), range(100000000))
print(next(z), list(z))
print(dict(zip('abc', range(3))), list(zip()), list(zip([1, 2])))
