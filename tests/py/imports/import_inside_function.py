# An import inside a function binds a local name.
def use():
    import _mod_a as local_mod
    return local_mod.greet("in function")
print(use())
try:
    print(local_mod)
except NameError as e:
    print("NameError:", e)
