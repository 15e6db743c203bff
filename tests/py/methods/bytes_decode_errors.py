# bytes.decode with error handlers.
raw = b"caf\xc3\xa9 \xff\xfe end"
print(raw.decode("utf-8", "replace"))
print(raw.decode("utf-8", "ignore"))
print(raw.decode("utf-8", errors="backslashreplace"))
print(raw.decode("latin-1"))
print(b"plain".decode(), b"plain".decode("ascii"), bytearray(b"\xc3\xa9").decode())
try:
    raw.decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
