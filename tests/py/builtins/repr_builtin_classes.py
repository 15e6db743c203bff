class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
print(repr(P(1)), repr(P('a')), [P(1), P([2])], {'k': P(None)})
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), str(S()), repr(S()), [S()], f'{S()}', f'{S()!r}', '%s %r' % (S(), S()))
