# Concatenation and repetition produce new tuples.
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(a * 2, (0,) * 3, () * 10, (1,) + ())
