x = 0b1011_0110
print(x & -x, x & (x - 1), x | (x + 1), (x ^ (x >> 1)))
masks = [(1 << k) - 1 for k in range(0, 70, 7)]
print(masks)
v = 0
for i in range(0, 200, 3):
    v |= 1 << i
print(v.bit_count(), v.bit_length(), hex(v)[:20])
print(~v & ((1 << 200) - 1) == ((1 << 200) - 1) ^ v)
