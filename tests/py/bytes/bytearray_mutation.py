# bytearray mutators and their errors.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(66)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba[0] = 122
ba[-1] = 121
del ba[1]
print(ba)
ba += b"!!"
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, len(ba))
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.append(b"a"), lambda: ba.append(),
            lambda: ba.extend(1), lambda: ba.extend([256]), lambda: ba.extend("ab"), lambda: ba.insert(0),
            lambda: ba.pop(), lambda: bytearray(b"ab").pop(5), lambda: bytearray(b"ab").pop(1, 2),
            lambda: bytearray(b"ab").remove(99), lambda: bytearray(b"ab").remove(300)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
