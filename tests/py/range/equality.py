# Ranges compare by the sequence they describe.
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 4, 2) == range(0, 3, 2), range(1) == [0])
print(range(3).start, range(3).stop, range(3).step, range(1, 10, 2).stop)
