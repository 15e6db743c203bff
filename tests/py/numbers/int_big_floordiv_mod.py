a = 10**40 + 12345
for b in [7, -7, 10**20 + 1, -(10**20 + 1)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
    q, r = divmod(-a, b)
    print(q, r, q * b + r == -a)
print(-(10**30) // 3, -(10**30) % 3)
