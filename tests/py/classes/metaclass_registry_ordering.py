# A metaclass collecting field declarations in definition order across inheritance.
class Field:
    def __init__(self, default):
        self.default = default

class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        for key, value in list(ns.items()):
            if isinstance(value, Field):
                fields[key] = value.default
                del ns[key]
        ns["_fields"] = fields
        return super().__new__(mcls, name, bases, ns)

    def __repr__(cls):
        return f"<model {cls.__name__} {list(cls._fields)}>"

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, default in self._fields.items():
            setattr(self, k, kw.pop(k, default))
        if kw:
            raise TypeError(f"unknown fields: {sorted(kw)}")

class User(Model):
    name = Field("")
    age = Field(0)

class Admin(User):
    level = Field(1)

print(User, Admin, repr(Model))
a = Admin(name="root", level=9)
print(a.name, a.age, a.level, "name" in Admin.__dict__)
try:
    User(email="x")
except TypeError as e:
    print("TypeError:", e)
