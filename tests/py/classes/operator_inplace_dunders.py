# In-place dunders mutate and return self; without them Python falls back to the binary op.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self

    def __imul__(self, n):
        self.items *= n
        return self

    def __repr__(self):
        return f"Bag({self.items})"

class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Plain(self.v + o)

b = Bag([1])
alias = b
b += [2, 3]
b -= [1]
b *= 2
print(b, alias is b)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)

class NoReturn:
    def __iadd__(self, o):
        pass

n = NoReturn()
n += 1
print(n)
