for v in [1.0, 1.5, -0.0, 1e300, 0.1, 0.5, -2.25, 2.0**-30]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [float('inf'), float('nan')]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
