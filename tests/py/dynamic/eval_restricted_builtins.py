# __builtins__ in the globals decides what builtins eval'd code sees.
safe = {"__builtins__": {}}
try:
    eval("len('abc')", safe)
except NameError as e:
    print(e)
print(eval("abs(-3)", {"__builtins__": {"abs": lambda v: "mine"}}))
print(eval("max(3, 9)", {"__builtins__": {"max": max}}))
