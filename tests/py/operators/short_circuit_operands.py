# and/or return one of their operands, not a bool.
print(0 or "default", "" or [] or None, 3 or 4)
print(0 and 1, 2 and 3, "x" and "", [] and [1])
print(None or 0, (1, 2) and "t")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(0) or side(5))
x = [] or {} or "last"
print(x)
print(not "", not "a", not 0.0, not [0])
