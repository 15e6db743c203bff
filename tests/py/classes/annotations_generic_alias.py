# PEP 585 generic aliases (list[int], dict[str, int]) as used in typed classes.
class Point:
    pass


class Inventory:
    items: dict[str, int]
    tags: set[str] = set()

    def __init__(self, items: dict[str, int] | None = None) -> None:
        self.items = dict(items or {})

    def names(self) -> list[str]:
        return sorted(self.items)

    def pairs(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.items.items()))


inv = Inventory({"b": 2, "a": 1})
print(inv.names(), inv.pairs(), Inventory.__annotations__)
print(Inventory.names.__annotations__, Inventory.pairs.__annotations__["return"])
print(list[int], dict[str, list[int]], tuple[int, ...], set[Point], type[Point], tuple[()], frozenset[bytes])
a = list[int]
print(a((1, 2)), a.__origin__, a.__args__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(dict[str, int](a=1), type(a).__name__)


class Stack(list):
    pass


print(Stack[int], Stack[int]([1]))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
