# exec inside a function cannot create a local visible to the compiled function.
def f():
    exec("y = 5")
    return y

try:
    f()
except NameError as e:
    print("NameError:", e)
