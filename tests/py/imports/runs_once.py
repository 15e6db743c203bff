# A module body runs once; later imports reuse the same module object.
import _mod_a
import _mod_a
import _mod_a as again
from _mod_a import VALUE
print(again is _mod_a, VALUE)
_mod_a.VALUE = 7
import _mod_a
print(_mod_a.VALUE, again.VALUE)
