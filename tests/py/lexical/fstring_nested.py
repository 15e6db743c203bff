# f-strings with nested expressions: calls, subscripts, comprehensions, nested f-strings.
d = {"a": 1, "b": [10, 20, 30]}
xs = [1, 2, 3]
print(f"{d['a']} {d['b'][-1]} {len(xs)} {sum(xs) * 2}")
print(f"{[x * x for x in xs]}")
print(f"{'-'.join(str(x) for x in xs)}")
print(f"{f'{xs[0]}inner'}outer")
print(f"{ {1: 'one'}[1] }")
print(f"{(lambda y: y + 1)(4)}")
print(f"{xs[0] if xs else 0} {'yes' if 2 > 1 else 'no'}")
