# eval and exec in a class body read and write the class namespace.
class K:
    a = 2
    b = eval("a * 3")
    exec("c = a + b")
print(K.b, K.c)
