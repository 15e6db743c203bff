# lambda binds loosest; conditional inside lambda.
f = lambda x: x + 1 if x > 0 else x - 1
print(f(1), f(-1))
g = lambda: 1, 2
print(g[1], g[0]())
h = lambda x, y=2: x * y
print(h(3), h(3, 3))
