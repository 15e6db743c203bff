# list() from various iterables.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3: 0}.values()))
print(list(x for x in range(3)), list(b"hi"), list(enumerate("ab")))
xs = [1, 2]
ys = list(xs)
print(ys == xs, ys is xs)
