# Assigning anywhere in a function makes the name local everywhere in it.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    return x
print(f())
