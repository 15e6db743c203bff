# bytearray += and *= mutate in place; bytes operations make new objects.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias is ba, alias)
b = b"ab"
b2 = b
b += b"cd"
print(b, b2, b is b2)
print(bytearray(b"x") + b"y", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"ab") * 0, 3 * bytearray(b"z"), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
print(bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"a"))
try:
    ba += "str"
except TypeError as e:
    print("TypeError:", e)
