# Chained comparisons evaluate the middle operand once.
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 3 >= 3 > 2)
print(1 == 1 != 2, 1 < 2 > 0, 3 < 5 > 4 < 6)
x = 5
print(0 <= x <= 10, 0 <= x < 5, x == 5 == 5.0)
def loud(v):
    print("eval", v)
    return v
print(loud(3) < loud(1) < loud(2))
print("a" < "b" < "c", [1] < [2] <= [2])
