# property() called as a function with fget/fset/fdel/doc, and its attributes.
class Box:
    def __init__(self):
        self._w = 1

    def get_w(self):
        return self._w

    def set_w(self, v):
        self._w = v * 2

    width = property(get_w, set_w, None, "the width")
    readonly = property(lambda self: "ro")

b = Box()
b.width = 5
print(b.width, b.readonly, Box.width.__doc__)
print(Box.width.fget is Box.get_w, Box.width.fset is Box.set_w, Box.width.fdel)
print(type(Box.width).__name__, isinstance(Box.__dict__["width"], property))
try:
    del b.width
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.readonly = 1
except AttributeError as e:
    print("AttributeError:", e)
