# The message of a RecursionError from plain Python recursion.
def f():
    return f()
try:
    f()
except RecursionError as e:
    print(e)
