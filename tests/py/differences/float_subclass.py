# edge-differs: floats are unboxed values, so a class cannot derive from float
# (CPython allows it); the class statement raises TypeError.
try:
    class Celsius(float):
        pass
except TypeError as e:
    print("TypeError:", e)
