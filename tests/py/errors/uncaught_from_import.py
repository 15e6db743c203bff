# An exception raised in an imported module's body ends the program.
print("importing")
import _broken_helper
print("not reached")
