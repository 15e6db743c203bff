# edge-differs: complex numbers are not supported; a complex literal is a
# compile-time SyntaxError (CPython prints 2j).
print(2j)
