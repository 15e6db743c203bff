# bytearray insert/remove/index/count argument validation.
ba = bytearray(b"abcabc")
print(ba.index(b"c"), ba.index(99, 3), ba.rindex(b"ab"), ba.count(97), ba.find(bytearray(b"ca")))
for f, args in [(ba.insert, (0, 300)), (ba.insert, ("0", 1)), (ba.remove, (300,)), (ba.index, (b"z",)), (ba.count, ("a",))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(ba)
