a = 1if x else 2
b = [0x1for x in y]
c = 1or 2
d = 1and 2
e = 1in y
f = 1is y
