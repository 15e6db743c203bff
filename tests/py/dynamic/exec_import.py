# import statements in exec'd code bind names in the given namespace.
d = {}
exec("import math\nr = math.floor(2.5)", d)
print(d["r"], type(d["math"]).__name__)
exec("from math import sqrt as s", d)
print(d["s"](9))
