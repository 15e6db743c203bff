# bytearray slice assignment: resizing, extended slices, deletion.
ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[:0] = b"<<"
print(ba)
ba[len(ba):] = [62, 62]
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
del ba[1::3]
print(ba)
ba[1:3] = bytearray(b"")
print(ba)
ba[0] = 90
ba[-1] = 0x41
print(ba)
try:
    ba[::2] = b"too short"
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0:1] = "s"
except TypeError as e:
    print("TypeError:", e)
