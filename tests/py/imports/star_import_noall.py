# Without __all__, `from x import *` skips underscore names.
from _star_noall import *
print(alpha, beta, func())
try:
    print(_gamma)
except NameError as e:
    print("NameError:", e)
