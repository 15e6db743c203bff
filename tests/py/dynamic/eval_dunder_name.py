# exec'd code sees the namespace's __name__; an empty namespace has none.
print(eval("__name__"))
ns = {"__name__": "custom"}
exec("print(__name__)", ns)
try:
    exec("print(__name__)", {})
except NameError as e:
    print(e)
print(eval("__builtins__", {"__builtins__": {"k": 1}}))
