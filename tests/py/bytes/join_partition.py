# join, partition and the type of their results.
print(b",".join([b"a", bytearray(b"b"), b""]), bytearray(b"-").join([b"x", b"y"]), b"".join([]), b"+".join(iter([b"1"])))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(bytearray(b"a=b").partition(b"="), bytearray(b"abc").rpartition(b"z"))
for bad in [lambda: b",".join([b"a", "b"]), lambda: b",".join([1]), lambda: b",".join(1), lambda: b",".join(),
            lambda: b"a".partition("a"), lambda: b"a".partition(b""), lambda: b"a".rpartition()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
