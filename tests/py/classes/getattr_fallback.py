# __getattr__ runs only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("forwarding", name)
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
try:
    p.secret_key
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "secret"), hasattr(p, "sort"), getattr(p, "secretx", "dflt"))
