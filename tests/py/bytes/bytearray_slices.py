# bytearray item and slice assignment and deletion.
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"1234"
print(ba)
ba[2:2] = [33, 34]
print(ba)
ba[:] = bytearray(b"reset")
print(ba)
del ba[::2]
print(ba)
del ba[:1]
print(ba)
ba[0:0] = range(65, 68)
print(ba)


def set_item(key, value):
    ba[key] = value


def del_item(key):
    del ba[key]


for key, value in [(slice(0, 1), 5), (slice(0, 1), "x"), (slice(0, 4, 2), b"xyz"), (slice(1, 2), [120, 300]),
                   (slice(1, 2), ["a"]), (slice(1, 2), None), (0, 300), (0, b"x"), (50, 1), ("x", 1)]:
    try:
        set_item(key, value)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    del_item(50)
except IndexError as e:
    print("IndexError:", e)
print(ba)
