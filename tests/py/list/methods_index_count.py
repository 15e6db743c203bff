# index and count.
xs = ["a", "b", "c", "b", "a"]
print(xs.index("b"), xs.index("b", 2), xs.index("a", 1, 5), xs.count("a"), xs.count("z"))
try:
    xs.index("z")
except ValueError as e:
    print("ValueError:", e)
print([1, 1.0, True].count(1))
