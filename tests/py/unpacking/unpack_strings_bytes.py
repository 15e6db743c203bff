# Strings and bytes unpack into characters and ints.
a, b, c = "xyz"
print(a, b, c)
p, q = b"AB"
print(p, q)
first, *rest = "hello"
print(first, "".join(rest))
