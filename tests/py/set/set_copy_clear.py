# copy makes an independent set.
a = {1, 2}
b = a.copy()
b.add(3)
print(a, b, a is b)
c = set(a)
a.clear()
print(a, c)
