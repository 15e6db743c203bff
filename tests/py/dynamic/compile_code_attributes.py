# Code objects from compile() and functions.
code = compile("a = 1\nb = 2\n", "<cfg>", "exec")
print(code.co_filename, code.co_name, code.co_firstlineno)
print(repr(code).startswith("<code object <module> at 0x"), repr(code).endswith(', file "<cfg>", line 1>'))
def f(a, b, *, c):
    d = a + b + c
    return d
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
