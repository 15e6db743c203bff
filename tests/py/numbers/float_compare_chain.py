print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 1.0 < 2 < 3.5 > 3, -0.0 == 0.0)
print(sorted([2, 1.5, -3, 0.0, True, -0.5]), max(1, 1.0), min(1.0, 1), max(1.0, 1))
print(float('inf') > 2**10000 if False else True, 1e-324 == 0.0, 5e-324 > 0)
