# A module that imports another module shares it with the importer.
import _mod_b
import _mod_a
print(_mod_b.double_value(), _mod_b.NAME, _mod_b._mod_a is _mod_a)
_mod_a.VALUE = 100
print(_mod_b.double_value())
