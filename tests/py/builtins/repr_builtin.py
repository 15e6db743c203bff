# repr and str of nested structures.
data = [1, "two", 3.0, None, True, (4, "five"), {"six": [7]}, b"8", {9}]
print(repr(data))
print(str(data))
print(repr("q'uote"), str("q'uote"), repr(repr("x")))
print(repr(int), repr(ValueError), repr(len), repr(print))
