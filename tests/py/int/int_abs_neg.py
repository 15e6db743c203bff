# Negation and abs for boundary values.
for v in [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 40]:
    print(v, -v, abs(v), abs(-v) == abs(v))
