# Irrefutable patterns are allowed in the last case or with a guard.
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"other {other}"

print(f(1), "/", f(2), "/", f(3))

def g(x):
    match x:
        case y if y > 0:
            return "positive"
        case (z):
            return f"not positive {z}"

print(g(1), "/", g(-1))
