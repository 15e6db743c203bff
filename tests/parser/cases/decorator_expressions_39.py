@buttons[0].clicked.connect
def f(): pass
@(yield_)
def g(): pass
@x := y
def h(): pass
