# Slicing a range yields a range; ranges compare equal by the sequence they produce.
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[::2], r[-2:], r[100:], r[1:-1:2])
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(0, 1, 5))
print(range(3) == [0, 1, 2], range(3) != range(3), list(r[::-1]))
print(r[2], r[-1], len(r[::4]), r[::-1][0])
print(hash(range(0)) == hash(range(3, 3)), range(5)[1:3] == range(1, 3))
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError:", e)
