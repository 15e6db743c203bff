# Overriding __call__ on a metaclass controls instance creation (a singleton).
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
