a = [1, 2]
a.append(a)
print(a)
print(repr(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
z = {}
z[1] = [z]
print(z)
