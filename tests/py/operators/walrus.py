# Assignment expressions.
xs = [1, 2, 3, 4, 5]
if (n := len(xs)) > 3:
    print("long", n)
print(n)
data = [5, 0, 3]
i = 0
while (v := data[i]) != 0:
    print("v", v)
    i += 1
print([y for x in range(5) if (y := x * x) > 4])
print(y)
print((a := 10) + a)
def f():
    print([total := total + k for k in range(3)] if (total := 0) == 0 else None)
    return total
print(f())
