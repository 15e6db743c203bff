a = x < y
b = 1 < x <= 10
c = a == b != c
d = x > y >= z
e = x is None
f = x is not None
g = x in y
h = x not in y
i = a < b is c in d not in e is not f
