a = 1j
b = 2.5J
c = 0j
d = 1e16j
e = 1_000j
f = 01j
g = 1.5e-5j
h = 1 + 2j
