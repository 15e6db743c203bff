# Annotated assignments bind names; annotations alone do not.
x: int = 5
name: str = "n"
print(x, name)
y: list
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def f(a: int, b: "str" = "d") -> str:
    return str(a) + b
print(f(1), f.__annotations__)
