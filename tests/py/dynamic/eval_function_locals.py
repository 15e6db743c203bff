# In a function eval reads the locals; exec's assignment does not change them.
x = 1
def f():
    x = 2
    return eval("x"), exec("x = 3"), x
print(f())
