# Class pattern attributes go through __getattr__; AttributeError means no match.
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(name)

match Dynamic():
    case Dynamic(dyn_x=x, dyn_hello=h):
        print(x, h)

match Dynamic():
    case Dynamic(other=o):
        print("no")
    case _:
        print("AttributeError from __getattr__ means no match")
