# A metaclass's __new__ sees the class namespace and can add attributes.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        fields = sorted(k for k in ns if not k.startswith("_"))
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = fields
        return cls

class Record(metaclass=Meta):
    x = 1
    y = 2

class Sub(Record):
    z = 3

print(Record.created_by, Record.fields, Sub.fields, type(Record).__name__, type(Sub) is Meta)
print(isinstance(Record, type), isinstance(Record, Meta))
