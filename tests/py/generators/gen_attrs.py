# gi_running, gi_suspended and gi_yieldfrom follow the generator through its life.
def inner():
    yield 1

def g():
    print("running inside:", me.gi_running)
    yield 1
    yield from inner()

me = g()
print(me.gi_running, me.gi_suspended, me.gi_yieldfrom)
next(me)
print(me.gi_running, me.gi_suspended, me.gi_yieldfrom)
next(me)
print(type(me.gi_yieldfrom).__name__)
print(list(me))
print(me.gi_suspended, me.__name__, me.__qualname__)
