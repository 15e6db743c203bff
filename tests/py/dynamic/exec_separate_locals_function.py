# With separate locals, a function defined by exec'd code looks names up in the
# globals, not in the locals the exec wrote (CPython's classic gotcha).
src = """
a = 1
def f():
    return a
print(f())
"""
try:
    exec(src, {}, {})
except NameError as e:
    print("NameError:", e)
exec(src, {})
