# Mutating dicts, sets and lists while iterating or sorting them, and a key whose __eq__ clears the dict.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f1():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
t(f1)
def f2():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
t(f2)
def f3():
    d = {1: 1}
    for k in d.keys():
        d[k] = 5
    return d
t(f3)
def f4():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d.pop(2)
    d[3] = 3
    return list(it)
t(f4)
def f5():
    l = [1, 2, 3]
    for x in l:
        if x == 1:
            l.remove(x)
    return l
t(f5)
def f6():
    d = {}
    d[1] = d
    return repr(d)
t(f6)
def f7():
    l = [3, 1, 2]
    def key(x):
        l.append(0)
        return x
    l.sort(key=key)
    return l
t(f7)
def f8():
    class Evil:
        def __eq__(self, o):
            d.clear()
            return False
        def __hash__(self): return 1
    d = {Evil(): 1}
    return d.get(Evil())
t(f8)
