# Unbounded recursion through eval raises RecursionError.
def f(n):
    return eval("f(n + 1)")
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
