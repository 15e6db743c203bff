# Shifts across word boundaries.
print(1 << 64, 1 << 63, (1 << 128) >> 127, 3 << 100)
print(-1 << 64, (-(1 << 100)) >> 99, (1 << 100) >> 200, (-(1 << 100)) >> 200)
x = 0xdeadbeefcafebabe1234
print(x >> 16, x << 16, hex(x >> 40))
