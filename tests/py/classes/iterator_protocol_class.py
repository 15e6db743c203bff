# __iter__/__next__ classes drive for loops, list(), unpacking and in.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)))
for n in Countdown(2):
    print("tick", n)
a, b, c = Countdown(3)
print(a, b, c, 2 in Countdown(5), sum(Countdown(4)))
it = Countdown(1)
print(next(it), next(it, "end"))

class Reusable:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x * 10

r = Reusable([1, 2])
print(list(r), list(r), max(r))
