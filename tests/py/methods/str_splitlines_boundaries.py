# str.splitlines on every line boundary CPython recognises, with and without keepends.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True))
print("trailing\n".splitlines(), "trailing\n".splitlines(keepends=False))
print("x\r\n\r\ny".splitlines(True))
print("one".splitlines(1))
try:
    "a".splitlines(keepends=None, x=1)
except TypeError as e:
    print("TypeError:", e)
