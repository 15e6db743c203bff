# Lexicographic comparison of tuples.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 2) == (1, 2), () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 5), (2, 0), (1, 9)]), (1, 2) == [1, 2])
