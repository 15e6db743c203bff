# round(x, n) for a range of n and negative values.
x = 12345.6789
print([round(x, n) for n in range(-5, 5)])
print([round(-x, n) for n in (-2, 0, 2)])
print(round(0.5, 0), round(1.5, 0), round(-0.5, 0))
