class V:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
    def __repr__(self): return f'V({self.v})'
print(divmod(V(1), 3), divmod(3, V(2)), divmod(2.5, V(3)), divmod(V(1), V(2)))
class NI:
    def __divmod__(self, o): return NotImplemented
    def __rdivmod__(self, o): return NotImplemented
for a, b in [(NI(), 1), (1, NI()), ('s', 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print('TypeError', e)
class OnlyR:
    def __rdivmod__(self, o): return ('r', o)
print(divmod(10, OnlyR()), divmod(2**100, OnlyR()) [0])
