# str() of floats near the exponent switch points.
for v in [1e15, 1e16, 1e17, 9999999999999998.0, 0.0001, 0.00001, 0.000123, 1.5e-5, 123e18]:
    print(v, str(-v))
