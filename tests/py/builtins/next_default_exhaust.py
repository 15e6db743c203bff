# Driving an iterator by hand.
it = iter(range(5))
out = []
while True:
    v = next(it, None)
    if v is None:
        break
    out.append(v * 10)
print(out)
