for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(v, round(v), type(round(v)).__name__)
for v in [5, 15, 25, 35, -25, 125]:
    print(v, round(v, -1), round(v, -2))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.0005, 3), round(-1.45, 1))
