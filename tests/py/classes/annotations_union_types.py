# PEP 604 unions in annotations: int | None, their repr, equality and isinstance().
class P: pass
def f(x: int | None = None, y: "str | None" = None) -> str | int:
    return 1
print(f(), f.__annotations__)
print(int | None, None | int, int | str | int, (int | str) | (float | int), list[int] | None, P | dict[str, P])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", (float, int | str)), isinstance(2.0, int | str))
print(int | str == str | int, int | None == int | None, hash(int | str) == hash(str | int), (int | int) is int)
print(type(int | str).__name__, (int | str).__args__)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
