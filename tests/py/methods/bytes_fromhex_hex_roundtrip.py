# hex()/fromhex() round trip over all byte values, with separators.
data = bytes(range(256))
h = data.hex()
print(len(h), h[:20], h[-10:])
print(bytes.fromhex(h) == data, bytes.fromhex(data.hex(" ")) == data, bytearray.fromhex(data.hex(" ", 4)) == data)
print(data[:6].hex(".", 3), data[:6].hex(".", -4), data[:5].hex(b"|", 2))
print(bytes.fromhex("ABcdEf"), type(bytearray.fromhex("")).__name__)
