# Lambdas capturing loop variables late versus via defaults.
handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = lambda: name
print([h() for h in handlers.values()])
handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = lambda name=name: name
print([h() for h in handlers.values()])
