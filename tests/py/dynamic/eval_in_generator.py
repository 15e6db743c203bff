# eval inside a generator sees the generator's current locals.
def gen():
    for i in range(3):
        yield eval("i * 10")
print(list(gen()))
