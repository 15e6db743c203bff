# A dataclass-like class decorator that generates __init__, __repr__ and __eq__ from annotations.
MISSING = object()


def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument '{k}'")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"{cls.__name__}() missing required argument: '{f}'")
                values[f] = defaults[f]
            setattr(self, f, values[f])
        if hasattr(self, "__post_init__"):
            self.__post_init__()

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.fields = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0


@record
class Item:
    name: str
    price: float
    qty: int = 1

    def __post_init__(self):
        self.total = self.price * self.qty


print(Point(1, 2), Point(3), Point(y=5, x=4), Point.fields)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == "Point(1, 0)")
it = Item("pen", 1.5, qty=4)
print(it, it.total)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((), {"z": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError:", e)
