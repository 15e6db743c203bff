# Instances without __slots__ accept arbitrary attributes; getattr/setattr/delattr/hasattr.
class Bag:
    pass

b = Bag()
setattr(b, "color", "red")
b.size = 3
print(getattr(b, "color"), b.size, hasattr(b, "weight"), getattr(b, "weight", None))
delattr(b, "color")
print(hasattr(b, "color"), b.__dict__)
try:
    delattr(b, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
