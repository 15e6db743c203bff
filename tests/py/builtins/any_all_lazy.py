seen = []
def gen():
    for v in [0, 0, 3, 0, 5]:
        seen.append(v)
        yield v
print(any(gen()), seen)
seen.clear()
print(all(gen()), seen)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), all(x > 0 for x in [1, 2, -1, 1 / 1]))
it = iter([1, 0, 1, 1])
print(all(it), list(it))
