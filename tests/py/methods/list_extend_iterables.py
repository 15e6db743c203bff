# list.extend and += take any iterable; + needs a list.
xs = [1]
xs.extend((2, 3))
xs.extend("ab")
xs.extend({"k": 1})
xs.extend(range(2))
xs.extend(x * x for x in (4, 5))
xs += {9}
print(xs)
xs.extend(xs)
print(len(xs))
try:
    xs + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    xs.extend(5)
except TypeError as e:
    print("TypeError:", e)
