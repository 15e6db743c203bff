# bool is an int subtype.
print(isinstance(True, int), True + True + True, sum([True, False, True]))
print(True * 10, True // 1, True << 3, -True, abs(False))
print([10, 20][True], {1: "one"}[True])
print(int.__name__, bool.__name__, issubclass(bool, int))
