# AttributeError messages on built-in objects and modules.
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(e)
show(lambda: [].push)
show(lambda: {}.append)
show(lambda: "s".foo)
show(lambda: (1).real.nope)
def f():
    pass
show(lambda: f.missing)
