# Statements that need an enclosing function or loop are SyntaxErrors in exec'd code.
for src in ("return 1", "yield 1", "break", "continue", "nonlocal q"):
    try:
        exec(src)
    except SyntaxError as e:
        print(src, "->", e.msg)
