a = rf'{x}\n'
b = fr"\d{y}"
c = Rf'\{x}'
d = FR"{x!r}\t"
