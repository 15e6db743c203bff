# A runtime error in compiled code names the compile() filename in its traceback.
code = compile("a = 1\nb = a / 0\n", "calc.py", "exec")
exec(code)
