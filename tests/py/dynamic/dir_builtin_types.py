# dir() of built-in types and values holds their methods.
print("append" in dir([]), "sort" in dir(list))
print("upper" in dir("s"), "join" in dir(str))
print("keys" in dir({}), "__len__" in dir({}))
print(dir([]) == sorted(dir([])))
print("__class__" in dir(1))
