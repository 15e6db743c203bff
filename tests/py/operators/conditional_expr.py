# The conditional expression and its laziness.
def f(n):
    return "big" if n > 10 else "medium" if n > 5 else "small"
print(f(20), f(7), f(1))
def boom():
    raise ValueError("evaluated")
print(1 if True else boom())
x = 3
y = x * 2 if x > 2 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda a: a if a else "empty")(""))
