a = -x
b = +x
c = ~x
d = --x
e = -+~x
f = not -x
g = -1
h = - 1.5
