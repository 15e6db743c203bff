# Indexing bytes yields ints, slicing yields bytes; iteration, in, and reversed.
b = b"\x00AZz\xff"
print(b[0], b[1], b[-1], b[1:3], b[::-1], b[10:], list(b), list(reversed(b)))
print(65 in b, b"Z" in b, b"AZ" in b, 66 in b, bytearray(b"AZ") in b)
print(bytearray(b"abc")[1], bytearray(b"abc")[1:], list(bytearray(b"hi")))
try:
    b[5]
except IndexError as e:
    print("IndexError:", e)
try:
    300 in b
except ValueError as e:
    print("ValueError:", e)
try:
    "A" in b
except TypeError as e:
    print("TypeError:", e)
