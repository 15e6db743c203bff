# Odd but legal protocol results (truthy __contains__, bool __len__), StopIteration values, and protocols switched off with None.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __contains__(self, x): return x * 2
    def __len__(self): return True
    def __hash__(self): return True
    def __index__(self): return 3
    def __getitem__(self, i): return i
class N:
    def __len__(self): return 2**63
class F:
    def __len__(self): return 1.0
t(lambda: (3 in C(), 0 in C(), len(C()), hash(C()), [0, 1, 2, 3][C()]))
t(lambda: len(N()))
t(lambda: len(F()))
t(lambda: C()[1:2])
t(lambda: C()[1:2, ...])
t(lambda: C()[::])
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
t(lambda: list(It()))
t(lambda: sum(It()))
t(lambda: dict.fromkeys(It()))
t(lambda: "-".join(map(str, It())))
def gen():
    r = yield from It()
    yield r
t(lambda: list(gen()))
class BadNext:
    def __iter__(self): return self
t(lambda: list(BadNext()))
t(lambda: next(BadNext()))
t(lambda: iter(5))
t(lambda: next([]))
t(lambda: reversed(It()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Rev())))
class R2:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
t(lambda: reversed(R2()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return 1
t(lambda: iter(NoIter()))
class NoHash:
    __hash__ = None
t(lambda: {NoHash(): 1})
t(lambda: NoHash() in {1: 2})
