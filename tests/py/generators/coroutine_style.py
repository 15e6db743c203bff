# Generator-based coroutines: a consumer primed with next(), fed with send(), and
# shut down with close(), which runs its cleanup.
def averager():
    count = 0
    total = 0.0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    finally:
        print(f"averager closed after {count} values")

avg = averager()
next(avg)
for v in (10, 20, 30, 45):
    print(avg.send(v))
avg.close()
