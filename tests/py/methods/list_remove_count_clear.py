# list.remove deletes the first equal item; count uses ==; clear empties in place.
xs = [1, 1.0, True, "1", [1], (1,)]
print(xs.count(1), xs.count("1"), xs.count([1]), xs.count(2))
xs.remove(True)
print(xs)
xs.remove([1])
print(xs)
alias = xs
xs.clear()
print(alias, xs is alias)
try:
    xs.remove(1)
except ValueError as e:
    print("ValueError:", e)
