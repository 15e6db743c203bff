(y := 10)
if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
print(x := 1)
z = [y := 1, y ** 2]
foo(a=(b := 1))
w = {x := 1}
