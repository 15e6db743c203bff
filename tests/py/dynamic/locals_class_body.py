# In a class body locals() is the class namespace.
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    locals()["y"] = 2
print(C.names)
print(C.y)
