# TypeError messages for bad calls.
def two(a, b):
    return a + b
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two(1, 2, c=3)
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
try:
    n = 5
    n()
except TypeError as e:
    print(e)
