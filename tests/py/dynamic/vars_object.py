# vars(obj) is obj.__dict__.
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
import sys
print(vars(sys) is sys.__dict__)
print("__init__" in vars(P))
