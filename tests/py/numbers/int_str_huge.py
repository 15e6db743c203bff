n = 7 ** 2000
s = str(n)
print(len(s), s[:30], s[-30:])
print(int(s) == n, -n < 0, str(-n)[:5])
m = int('9' * 1000)
print(m + 1 == 10 ** 1000, len(str(m * m)))
print(hex(n)[:20], len(bin(n)))
