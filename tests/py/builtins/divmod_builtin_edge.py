print(divmod(0, 5), divmod(-1, 5), divmod(1, -5), divmod(-1, -5), divmod(10**20, -3))
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, -2.5), divmod(True, True))
class V:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(V(), 3), divmod(3, V()))
