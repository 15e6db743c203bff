for v in [0, -0, 5, -5, 2**100, -(2**100)]:
    print(abs(v), -v, +v, v.__abs__() == abs(v))
