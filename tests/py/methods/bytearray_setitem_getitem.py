# bytearray item assignment and deletion with negative indices and slices of steps.
ba = bytearray(range(10))
ba[-1] = 255
del ba[0]
del ba[-2]
print(list(ba))
ba[::-2] = bytes([100, 101, 102, 103])
print(list(ba))
del ba[::3]
print(list(ba), len(ba))
ba[1:1] = b"\x07\x07"
print(list(ba))
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del ba[100]
except IndexError as e:
    print("IndexError:", e)
try:
    ba["x"]
except TypeError as e:
    print("TypeError:", e)
