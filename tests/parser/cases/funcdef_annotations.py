def f(a: int, b: str = "x", *args: int, c: float, **kw: dict) -> bool:
    pass
def g() -> None: pass
def h(x: "fwd") -> list[int]: pass
def i(*args: *Ts): pass
def j(a: int = 1, /): pass
