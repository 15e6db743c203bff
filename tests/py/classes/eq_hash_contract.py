# Defining __eq__ without __hash__ makes instances unhashable; defining both enables dict keys.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

class EqOnly:
    def __eq__(self, o):
        return True

d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)}, len({Point(0, 0), Point(0, 0), Point(0, 1)}))
print(EqOnly.__hash__ is None, EqOnly() == 5)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
