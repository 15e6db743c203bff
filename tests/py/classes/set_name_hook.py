# __set_name__ is called on class creation with the owner and attribute name.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    title = Field()
    body = Field()
    plain = 3

m = Model()
print(m.title, Model.title.name, Model.body.private)
m.title = "Hello"
print(m.title, m._title)
