# dir() of an instance adds its own attributes to its class's.
class C:
    cls_attr = 0
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
names = dir(C())
print([n for n in names if not n.startswith("__")])
print(names == sorted(names))
print(dir(object()))
