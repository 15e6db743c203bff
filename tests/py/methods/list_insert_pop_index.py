# list.insert clamps the index; pop and index handle negatives and ranges.
xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(-1, 2.5)
xs.insert(100, 4)
xs.insert(-100, -1)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
ys = [5, 6, 5, 7, 5]
print(ys.index(5), ys.index(5, 1), ys.index(5, -1), ys.index(7, 0, 4))
for args in [(9,), (5, 3, 4)]:
    try:
        ys.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ys.pop(10)
except IndexError as e:
    print("IndexError:", e)
