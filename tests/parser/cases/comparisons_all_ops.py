a = x == y
b = x != y
c = x < y
d = x <= y
e = x > y
f = x >= y
g = x is y
h = x is not y
i = x in y
j = x not in y
