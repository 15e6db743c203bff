# Measures: function-call overhead in its various forms -- positional and
# keyword arguments, defaults, *args, closures (reading and `nonlocal`
# writing captured variables), lambdas, higher-order functions, and
# mutual recursion.


def add(a, b):
    return a + b


def scaled(x, factor=3, offset=1):
    return x * factor + offset


def varsum(*args):
    t = 0
    for a in args:
        t += a
    return t


def make_adder(n):
    def adder(x):
        return x + n

    return adder


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def positional(n):
    t = 0
    for i in range(n):
        t = add(t, i) % 1000003
    return t


def keywords(n):
    t = 0
    for i in range(n):
        t += scaled(i) + scaled(i, 5) + scaled(i, offset=2) + scaled(x=i, factor=2, offset=0)
        t %= 1000003
    return t


def star_args(n):
    t = 0
    for i in range(n):
        t += varsum(i, 1, 2) + varsum() + varsum(*[i, i])
    return t % 1000003


def closures(n):
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    t = 0
    for i in range(n):
        t += adders[i % 10](i)
        counter(i % 7)
    inc_twice = compose(make_adder(1), make_adder(1))
    square_then_inc = compose(lambda v: v + 1, lambda v: v * v % 1009)
    t += apply_n(inc_twice, n // 4, 0) + apply_n(square_then_inc, n // 4, 2)
    return t % 1000003, counter(0)


def recursion(n):
    hits = 0
    for i in range(n):
        if is_even(i % 60):
            hits += 1
    return hits


print("positional", positional(500000))
print("keywords", keywords(160000))
print("star_args", star_args(160000))
print("closures", closures(320000))
print("recursion", recursion(16000))
