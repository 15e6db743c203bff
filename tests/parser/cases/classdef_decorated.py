@dataclass
class A:
    x: int
@a
@b(c)
class B(C): pass
