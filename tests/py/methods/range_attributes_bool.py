# range truthiness, attributes, contains with non-int values, and comparison errors.
for r in (range(0), range(5), range(5, 0), range(0, 10, 3), range(-5, -1)):
    print(repr(r), bool(r), len(r), r.start, r.stop, r.step, list(r)[:3])
print(2.0 in range(3), 2.5 in range(3), "a" in range(3), True in range(2))
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError:", e)
try:
    range(0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
