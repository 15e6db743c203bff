a = x[*b]
b = x[*b, c]
c = x[a, *b]
d = tuple[int, *Ts]
