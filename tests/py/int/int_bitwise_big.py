# Bitwise operators on big and negative big ints.
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 2
print(a & b, a | b, a ^ b)
print(~a, -a & 0xffffffff, -a | 1, -a ^ -b)
print(hex(a & -a), bin(b ^ (b - 1)))
