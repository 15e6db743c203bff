# A SyntaxError from exec'd source names "<string>" and the line.
try:
    exec("x = 1\ny = (2 +\n")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    exec("a = 1\nb = = 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
