# Floats inside containers use repr.
print([0.1, 1e-10, 2.0, float("inf")], (1.5,), {"x": 0.30000000000000004})
print(str([1/3]), repr(2/3))
