# bytes startswith/endswith with tuples and ranges; count with ranges.
b = b"data.bin.gz"
print(b.startswith(b"data"), b.startswith((b"x", b"d")), b.endswith(b".gz", 0, 20), b.endswith(b"bin", 0, 8))
print(b.count(b"."), b.count(b".", 5), b.count(b"a", 0, 3), bytearray(b"aaa").count(b"a"))
try:
    b.startswith("data")
except TypeError as e:
    print("TypeError:", e)
