xs = [5, 2, 8, 1, 9, 2]
r = xs.sort()
print(r, xs)
xs.sort(reverse=True)
print(xs)
people = [('Ann', 30), ('Bob', 25), ('Cid', 30), ('Dee', 25)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
try:
    xs.sort(lambda a: a)
except TypeError as e:
    print('TypeError', e)
