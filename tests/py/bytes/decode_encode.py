# decode/encode round trips.
b = "héllo 😀".encode("utf-8")
print(b, len(b), b.decode(), b.decode("utf-8") == "héllo 😀")
print(b"abc".decode("ascii"), b"caf\xc3\xa9".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
