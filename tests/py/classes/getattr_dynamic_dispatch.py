# Dispatch to handler methods by name with getattr, and a __getattr__-based attribute namespace.
class Handler:
    def do_add(self, a, b):
        return a + b

    def do_neg(self, a):
        return -a

    def dispatch(self, command, *args):
        method = getattr(self, "do_" + command, None)
        if method is None:
            return f"unknown command {command!r}"
        return method(*args)

h = Handler()
print(h.dispatch("add", 2, 3), h.dispatch("neg", 4), h.dispatch("mul", 1, 2))

class Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = Namespace()
        setattr(self, name, value)
        return value

    def __repr__(self):
        return "NS(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items())) + ")"

ns = Namespace(a=1)
ns.b.c.d = 4
print(ns, hasattr(ns, "__foo"))
