# The constant keywords.
print(None, True, False)
print(type(None), type(True))
print(True + True, False * 10, True == 1, False == 0)
print(None is None, True is not False)
print(repr(None), str(True))
