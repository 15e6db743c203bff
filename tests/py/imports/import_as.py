# `import x as y` binds only the alias.
import _mod_a as a
print(a.VALUE, a.greet("bob"))
try:
    print(_mod_a)
except NameError as e:
    print("NameError:", e)
