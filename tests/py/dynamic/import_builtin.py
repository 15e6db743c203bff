# __import__ returns the module; dotted names without a fromlist give the top package.
m = __import__("math")
print(m.sqrt(16))
s = __import__("sys")
print(s is __import__("sys"))
print(__import__("_dynamic_helper").helper())
