# tuple.index and tuple.count, including ranges and equality-based matching.
t = (1, 2.0, "2", 2, True, (2,), None)
print(t.count(2), t.count(1), t.count(None), t.count((2,)), t.count("x"))
print(t.index(2), t.index(True), t.index(2, 2), t.index(None, -1), t.index(1, 0, 1))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t.index(2, 4, 5)
except ValueError as e:
    print("ValueError:", e)
