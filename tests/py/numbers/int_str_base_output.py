for v in [0, 1, -1, 35, 36, -255, 2**64]:
    print(bin(v), oct(v), hex(v))
print(hex(10**30), oct(-8**20))
