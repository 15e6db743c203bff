# dir() of these built-in types is exactly CPython's list.
for t in (int, float, bool, object, range, str, bytes):
    print(t.__name__, dir(t))
print(dir(5) == dir(int), dir(2.0) == dir(float))
print("__radd__" in dir(str), "__radd__" in dir(list), "__iadd__" in dir(list), "__rmul__" in dir(list))
