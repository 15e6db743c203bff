# Mixing bytes and str is an error.
try:
    print(b"a" + "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print("b" + b"a")
except TypeError as e:
    print("TypeError:", e)
