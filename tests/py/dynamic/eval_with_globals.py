# eval with an explicit namespace.
print(eval("x + 1", {"x": 2}))
print(eval("x * y", {"x": 3}, {"y": 4}))
print(eval("x", {"x": "global"}, {"x": "local"}))
