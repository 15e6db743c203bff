# bytearray append/extend/insert accept ints and iterables of ints in range.
ba = bytearray(b"ab")
ba.append(99)
ba.extend(b"de")
ba.extend([102, 103])
ba.extend(range(104, 106))
ba.extend(bytearray(b"j"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba, len(ba))
for bad in (256, -1, "a", 1.0):
    try:
        ba.append(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ba.extend("str")
except TypeError as e:
    print("TypeError:", e)
try:
    ba.extend([1, 300])
except ValueError as e:
    print("ValueError:", e)
print(ba)
