# min and max with iterables, varargs, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, -1]), max("hello"), max([1.5, 2, -3]))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max([3, 1, 3], key=lambda x: -x), max((1, "b"), (1, "a")))
print(max(["b", "a", "c"]), min({3: "x", 1: "y"}))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(max(1, 1.0), max(1.0, 1), min(True, 1))
