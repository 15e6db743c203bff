data = [('x', 3, 1.0), ('y', 1, 2.0), ('z', 3, 0.5), ('w', 1, 2.0)]
step1 = sorted(data, key=lambda d: d[2])
step2 = sorted(step1, key=lambda d: d[1], reverse=True)
print(step2)
print(sorted(data, key=lambda d: (-d[1], d[2], d[0])))
print(sorted([3, -1, 2, -4], key=abs), sorted([[2, 1], [1, 2], [1]]))
