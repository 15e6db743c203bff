# getattr/setattr/hasattr on modules.
import _mod_a
print(getattr(_mod_a, "VALUE"), hasattr(_mod_a, "greet"), hasattr(_mod_a, "nope"), getattr(_mod_a, "nope", "dflt"))
setattr(_mod_a, "added", "new attribute")
print(_mod_a.added)
try:
    _mod_a.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
