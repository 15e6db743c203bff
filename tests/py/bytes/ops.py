# Concatenation, repetition, comparison and len.
a = b"ab"
print(a + b"cd", a * 3, 2 * a, len(a * 10), a == b"ab", a < b"b", b"" < b"\x00")
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
print(b"abc" == "abc", b"a" != "a")
