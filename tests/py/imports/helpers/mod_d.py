# A package module that imports a sibling with a relative import.
from . import mod_c
from .mod_c import triple
def nine_times(x):
    return triple(mod_c.triple(x))
