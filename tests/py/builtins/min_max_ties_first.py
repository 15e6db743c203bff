pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([True, 1]), min([0.0, 0, False]))
