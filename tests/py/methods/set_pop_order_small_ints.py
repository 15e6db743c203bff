# Small ints in a set iterate in hash order; pop removes in that order.
s = {5, 3, 9, 1, 7}
print(s, [s.pop() for _ in range(3)], s)
t = set(range(10, 0, -1))
print(t, list(t)[:3])
print({-1, -2, 0}, {100, 5, 33})
