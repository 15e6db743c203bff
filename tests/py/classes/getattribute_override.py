# __getattribute__ intercepts every lookup; object.__getattribute__ does the real work.
class Logged:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value * 2

obj = Logged()
print(obj.value)
print(obj.method())

class Fallback:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "missing:" + name

f = Fallback()
print(f.magic, f.other)
