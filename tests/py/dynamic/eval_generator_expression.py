# Generator expressions and comprehensions in eval'd code see the given namespace.
data = {"items": [3, 1, 2]}
print(eval("sum(v * 2 for v in items)", data))
print(eval("sorted(items)", data))
print(eval("{k: k * k for k in items}", data))
