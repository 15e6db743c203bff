# A metaclass __prepare__ supplies the class namespace (pre-filled here) and sees class keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42, "registry": []}

    def __new__(mcls, name, bases, ns, **kw):
        print("keys", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, opt=1):
    x = injected + 1
    registry.append("A")


class B(A, flag=True):
    y = injected * 2


print(A.x, A.injected, A.registry, B.y, B.registry is A.registry)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)


class Extending(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("base namespace", ns, type(ns).__name__)
        ns["helper"] = lambda self: "helped"
        return ns


class D(metaclass=Extending):
    pass


print(D().helper(), type.__prepare__("X", ()), type(type.__prepare__).__name__)
