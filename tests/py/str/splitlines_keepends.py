# splitlines() recognises every Unicode line boundary and \r\n as one.
s = "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("x\n\ny\n".splitlines(), "x\n\ny\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\r\n".splitlines(True), "no newline".splitlines())
print("a\x1fb".splitlines(), "a\u2027b".splitlines())
for bad in [lambda: "a".splitlines("x"), lambda: "a".splitlines(None), lambda: "a".splitlines(x=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
