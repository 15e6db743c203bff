# globals() in a function is the module namespace, and writes to it are real.
def f():
    globals()["made"] = "yes"
    return "f" in globals()
print(f(), made)
