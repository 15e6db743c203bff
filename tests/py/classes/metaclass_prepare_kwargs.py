# Metaclass __init__ and class keywords passed through to the metaclass.
class Tagged(type):
    def __new__(mcls, name, bases, ns, tag="none"):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, tag="none"):
        super().__init__(name, bases, ns)
        print("init", name, tag)

    def describe(cls):
        return f"{cls.__name__}[{cls.tag}]"

class A(metaclass=Tagged, tag="alpha"):
    pass

class B(A):
    pass

print(A.describe(), B.describe(), A.tag, B.tag)
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
