# Indexing bytes gives ints; slicing gives bytes.
b = b"Hello\xff"
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], b[-3:])
print(list(b), [x for x in b"AB"], b"A"[0] == 65)
for x in b"hi":
    print(x)
