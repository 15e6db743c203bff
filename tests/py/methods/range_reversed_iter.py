# reversed(range) and iteration over negative steps and empty ranges.
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
print(list(reversed(range(0))), list(range(5, 0)), list(range(0, 5, -1)), list(range(-3, 3)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(repr(range(3)), repr(range(1, 5, 2)), str(range(-1, -5, -1)))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(sum(range(101)), 5 in range(0, 10, 5), 10 in range(0, 10, 5), -2 in range(0, -5, -1))
