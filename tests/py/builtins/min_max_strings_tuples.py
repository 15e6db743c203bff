print(max('apple', 'Apple', 'banana'), min(['b', 'a', 'B']), max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(min([[3], [1, 2], [1]]), max(b'xyz'), min('zyx'))
