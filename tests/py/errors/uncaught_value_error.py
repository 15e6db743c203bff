# An uncaught exception ends the program with status 1 after earlier output.
print("line one")
print("line two")
raise ValueError("bad")
print("never printed")
