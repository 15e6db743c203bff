# Source text with a NUL character is refused.
for f in (exec, eval):
    try:
        f("1\0")
    except SyntaxError as e:
        print(f.__name__, e)
