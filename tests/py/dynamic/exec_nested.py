# exec inside exec'd code.
ns = {}
exec("exec('inner = 7')\nouter = inner + 1", ns)
print(ns["inner"], ns["outer"])
