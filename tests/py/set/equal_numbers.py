# 1, 1.0 and True are the same element.
s = {1, 1.0, True}
print(len(s), s)
s2 = {0, 0.0, False, -0.0}
print(len(s2), s2)
