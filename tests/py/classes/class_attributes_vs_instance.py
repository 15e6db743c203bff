# Class attributes are shared until an instance assigns its own; mutable class attributes are shared.
class Counter:
    total = 0
    shared = []

    def __init__(self):
        Counter.total += 1
        self.shared.append(Counter.total)

a = Counter()
b = Counter()
a.total = 100
print(a.total, b.total, Counter.total, a.shared is b.shared, Counter.shared)
del a.total
print(a.total, "total" in a.__dict__, sorted(b.__dict__))
Counter.total = 7
print(a.total, b.total)
