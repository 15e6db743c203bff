# `import x` binds the module; attributes are reached through it.
import _mod_a
print(_mod_a.VALUE, _mod_a.items, _mod_a.greet("ann"))
print(_mod_a.counter(), _mod_a.counter(), _mod_a.calls)
print(_mod_a.__name__, type(_mod_a).__name__)
