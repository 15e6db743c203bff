# Functions defined by exec'd code use the exec globals.
ns = {"factor": 3}
exec("def scale(v):\n    return v * factor\n", ns)
print(ns["scale"](5))
ns["factor"] = 10
print(ns["scale"](5))
print(ns["scale"].__name__)
