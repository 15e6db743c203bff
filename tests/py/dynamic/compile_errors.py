# compile() argument errors and the filename in SyntaxError.
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print(e)
try:
    compile("x =", "my_file.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    compile("a = 1\nb = 2", "s", "single")
except SyntaxError as e:
    print(e.msg)
try:
    compile("x = 1", "s", "eval")
except SyntaxError as e:
    print(e.msg)
