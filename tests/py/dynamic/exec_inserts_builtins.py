# A globals dict without __builtins__ gets it inserted, as a dict.
g = {}
exec("pass", g)
print("__builtins__" in g)
print(type(g["__builtins__"]).__name__)
print(g["__builtins__"]["len"]("abc"))
