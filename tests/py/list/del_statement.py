# del on items and slices.
xs = list(range(8))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::-2]
print(xs)
del xs[:]
print(xs)
try:
    del xs[0]
except IndexError as e:
    print("IndexError:", e)
