class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
class Q:
    def __repr__(self): return 'Q<"quoted">'
print([P(1), P('a'), P([P(None)])])
print({P(1): Q()} if False else {'k': Q()}, (Q(),), {Q()} == {Q()} if False else [Q(), Q()])
class Rec:
    def __init__(self): self.items = [self]
    def __repr__(self): return f'Rec({len(self.items)})'
r = Rec()
print(r, r.items, [r.items])
