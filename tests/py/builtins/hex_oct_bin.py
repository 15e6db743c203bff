# hex, oct and bin of positive, negative and zero values.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
