recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, reverse=True))
print(sorted('banana'), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True))
xs = ['aa', 'B', 'c', 'Ab']
print(sorted(xs), sorted(xs, key=str.lower), sorted(xs, key=len, reverse=True))
