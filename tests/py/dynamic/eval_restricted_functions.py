# Functions defined under a restricted __builtins__ keep it when called later.
ns = {"__builtins__": {"len": len}}
exec("def size(s):\n    return len(s)\ndef bad():\n    return print\n", ns)
print(ns["size"]("four"))
try:
    ns["bad"]()
except NameError as e:
    print(e)
