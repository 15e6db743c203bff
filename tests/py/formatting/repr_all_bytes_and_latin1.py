print(repr(bytes(range(256))))
print(repr(bytearray(range(0, 256, 7))))
print(ascii(''.join(chr(i) for i in range(0, 0x180, 3))))
print(repr(''.join(chr(i) for i in range(0x7f, 0x200, 2))))
