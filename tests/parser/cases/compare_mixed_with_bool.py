x = a < b and b < c or not d == e
y = not a in b
z = a is not b is c
