# Identifiers may use non-ASCII letters.
café = 1
π = 3.14159
変数 = "value"
Δx = 0.5
def größe(n):
    return n * 2
print(café, π, 変数, Δx, größe(21))
_private = 7
__dunder = 8
x1_y2 = 9
print(_private, __dunder, x1_y2)
