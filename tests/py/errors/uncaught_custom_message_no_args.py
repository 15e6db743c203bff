# An exception without arguments prints only its type name.
print("start")
raise RuntimeError
