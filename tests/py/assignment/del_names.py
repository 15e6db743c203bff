# del removes name bindings.
x = 1
y = [1, 2]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
