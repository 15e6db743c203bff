p = 2**127 - 1
g = 3
a = pow(g, 123456789123456789, p)
b = pow(g, 987654321987654321, p)
print(a)
print(pow(a, 987654321987654321, p) == pow(b, 123456789123456789, p))
inv = pow(a, -1, p)
print(inv, (a * inv) % p)
print(pow(2, p - 1, p))
