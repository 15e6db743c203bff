# throw() into a generator that never started: the exception comes straight out and
# the generator is finished.
def g():
    print("never runs")
    yield 1

it = g()
try:
    it.throw(RuntimeError("early"))
except RuntimeError as e:
    print("raised", e)
print(list(it))
