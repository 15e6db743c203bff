@dec
def f(): pass
@dec()
@dec.attr
@dec(1, x=2)
def g(): pass
@a.b.c
def h(): pass
@x[0]
@(lambda f: f)
@a if b else c
def i(): pass
@d
async def j(): pass
