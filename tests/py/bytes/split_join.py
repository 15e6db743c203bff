# split and join on bytes.
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"a b c".split(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", b"y"]))
print(b"k=v".partition(b"="), b"line\nline2".splitlines())
