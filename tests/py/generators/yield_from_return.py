# yield from evaluates to the sub-generator's return value; send() passes through.
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def collect(results):
    while True:
        total = yield from accumulate()
        results.append(total)

results = []
c = collect(results)
next(c)
for batch in ([1, 2, 3], [10, 20], []):
    for v in batch:
        c.send(v)
    c.send(None)
print(results)
