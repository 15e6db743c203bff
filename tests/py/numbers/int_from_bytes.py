print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', 'big', signed=True))
print(int.from_bytes(bytes(range(1, 20)), 'little'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), byteorder='little'))
print(int.from_bytes(b'\x01\x00'))
for v in [0, 1, -1, 127, -128, 2**63, -(2**100) + 3]:
    n = (v.bit_length() + 8) // 8
    print(v, int.from_bytes(v.to_bytes(n, 'big', signed=True), 'big', signed=True) == v)
