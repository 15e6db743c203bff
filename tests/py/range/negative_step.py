# Counting down with negative steps.
print(list(range(10, 0, -1)), list(range(0, -10, -3)), list(range(5, -6, -5)))
print(list(range(0, 5, -1)), len(range(100, 0, -7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
