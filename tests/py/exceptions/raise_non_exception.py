# Raising something that is not an exception is a TypeError.
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
