# dir() of a module lists its namespace.
import math
names = dir(math)
print("sqrt" in names, "pi" in names, names == sorted(names))
import _dynamic_helper as h
print([n for n in dir(h) if not n.startswith("__")])
print("__name__" in dir(h), "__doc__" in dir(h))
