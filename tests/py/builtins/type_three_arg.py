Point = type('Point', (), {'x': 1, 'y': 2, 'norm': lambda self: self.x ** 2 + self.y ** 2})
p = Point()
print(Point.__name__, p.x, p.y, p.norm(), type(p).__name__)
Base = type('Base', (object,), {'hello': lambda self: 'base hello'})
Child = type('Child', (Base,), {'extra': 5})
c = Child()
print(c.hello(), c.extra, isinstance(c, Base), issubclass(Child, Base), Child.__mro__[1].__name__)
print(type(1), type('s'), type(type), type(None).__name__)
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError', e)
