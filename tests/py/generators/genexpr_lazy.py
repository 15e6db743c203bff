# Generator expressions are lazy: nothing runs until iteration, and the first
# iterable is evaluated immediately.
def source():
    print("source called")
    for i in range(3):
        print("producing", i)
        yield i

gen = (x * 10 for x in source())
print("created")
print(next(gen))
print(list(gen))
def bad():
    raise ValueError("evaluated eagerly")
try:
    (x for x in bad())
except ValueError as e:
    print("ValueError:", e)
