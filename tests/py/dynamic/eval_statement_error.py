# eval of a statement is a SyntaxError.
for src in ("x = 1", "1; 2", "import sys", ""):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg)
