# Modulo with many sign combinations and zero results.
for a in (-10, -3, 0, 3, 10):
    print([a % b for b in (-3, -2, 2, 3)])
