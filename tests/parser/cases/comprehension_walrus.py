a = [y := f(x), y ** 2]
b = [y for x in z if (y := x)]
c = any((w := x) for x in z)
