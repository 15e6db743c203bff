import math
vals = [0.1, 1/3, math.pi, 1e22, 1e23, 123.456, 2.5e-8, 9.999999999999999e22, 4.35, 0.3]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, len(r))
print(1e23 == 10**23, float('1e23') == 1e23)
