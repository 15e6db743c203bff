# An exception in a guard propagates out of the match.
def f(x):
    match x:
        case [a] if 1 / a:
            return "ok"
        case _:
            return "default"

print(f([1]))
try:
    f([0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(f(3))
