# Ordering and equality of floats, including signed zero.
print(0.0 == -0.0, 0.1 < 0.2, 1.0 > 0.99999999, -1.5 < -1.4)
print(sorted([3.5, -1.0, 0.0, 2.25, -0.0, 1e-9]))
print(max(0.5, 1), min(2, 1.5), 1.0 in [1], 2 in [2.0])
