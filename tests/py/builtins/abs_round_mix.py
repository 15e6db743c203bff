# Combining numeric builtins.
vals = [-2.5, 3.14159, -0.5, 10, -7]
print([abs(round(v)) for v in vals], sum(map(abs, vals)), max(vals, key=abs), min(vals, key=abs))
