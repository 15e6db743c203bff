# bytes replace/partition/rpartition/removeprefix/removesuffix/join.
b = b"a-b-c-d"
print(b.replace(b"-", b"+"), b.replace(b"-", b"", 2), b.replace(b"", b"."))
print(b.partition(b"-"), b.rpartition(b"-"), b.partition(b"x"), b.rpartition(b"x"))
print(b.removeprefix(b"a-"), b.removesuffix(b"-d"), b.removeprefix(b"z"))
print(b"/".join([b"usr", bytearray(b"lib"), b"x"]), b"".join([]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b.partition(b"")
except ValueError as e:
    print("ValueError:", e)
