# `from x import *` honours __all__.
from _star_all import *
print(public_one, _explicitly_exported)
try:
    print(public_two)
except NameError as e:
    print("NameError:", e)
