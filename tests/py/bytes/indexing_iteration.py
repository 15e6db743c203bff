# Indexing gives ints, slicing keeps the type, iteration yields ints.
b = b"abcdef"
ba = bytearray(b)
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], ba[1], ba[1:3], ba[::-2])
print(list(b"ab"), list(ba), [x for x in b"\x00\xff"], sum(b"\x01\x02"), tuple(bytearray(b"xy")))
it = iter(ba)
print(next(it))
ba.append(33)
print(list(it))
for bad in [lambda: b[6], lambda: b[-7], lambda: b["x"], lambda: ba[6], lambda: ba["x"], lambda: b[1.5]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
