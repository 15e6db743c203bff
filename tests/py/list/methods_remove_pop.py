# remove, pop, clear, and their errors.
xs = [5, 3, 5, 1]
xs.remove(5)
print(xs)
print(xs.pop(), xs, xs.pop(0), xs)
try:
    xs.remove(99)
except ValueError as e:
    print("ValueError:", e)
xs.clear()
print(xs)
try:
    xs.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
