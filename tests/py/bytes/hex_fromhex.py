# hex() and bytes.fromhex().
print(b"\x00\x0f\xff".hex(), b"".hex(), b"AB".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), bytes.fromhex(b"\x01\x02".hex()))
print(b"\xde\xad".hex(":"))
