# bytearray returns bytearray from its transforming methods and keeps the original.
ba = bytearray(b"  Mixed Case  ")
out = [ba.strip(), ba.upper(), ba.replace(b" ", b"_"), ba.split(), ba.partition(b"d"), ba.center(18, b"*")]
for o in out:
    print(type(o).__name__ if not isinstance(o, (list, tuple)) else type(o[0]).__name__, o)
print(ba)
print(bytearray(b"abc").hex(), bytearray(b"a,b").split(b","), bytearray(b"x").join([b"1", b"2"]))
