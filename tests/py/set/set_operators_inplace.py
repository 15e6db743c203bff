# In-place set operators.
s = {1, 2, 3}
s |= {4}
print(s)
s &= {2, 3, 4, 5}
print(s)
s -= {3}
print(s)
s ^= {4, 6}
print(s)
