# Classes with zero-argument super() and properties, defined by exec'd code.
ns = {}
exec("""
class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @property
    def name(self):
        return type(self).__name__
""", ns)
c = ns["Child"]()
print(c.greet(), c.name, isinstance(c, ns["Base"]))
