# enumerate with and without start.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(["x"], -3)))
for i, c in enumerate("hi", start=10):
    print(i, c)
