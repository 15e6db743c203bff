# An error inside an except block is what finally escapes.
try:
    {}["x"]
except KeyError:
    print("handling")
    [][0]
