# Union, intersection, difference, symmetric difference on small-int sets.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([1, 7]))
print(set(), {1} & {2}, {0} | set())
