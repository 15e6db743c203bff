# bytes split/rsplit/strip/splitlines mirror str behaviour on ASCII whitespace.
b = b"  alpha beta\tgamma\n"
print(b.split(), b.rsplit(None, 1), b.split(b" "), b.split(maxsplit=1))
print(b.strip(), b.lstrip(), b.rstrip(), b"xxabcxx".strip(b"x"), b"abc".strip(b"cba"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"".split(), b"".split(b","))
print(b"\xa0x\xa0".strip())
try:
    b.split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    b.split(" ")
except TypeError as e:
    print("TypeError:", e)
