# Dict views are live and report changes; iteration after a size change fails.
d = {"a": 1}
ks, vs, its = d.keys(), d.values(), d.items()
d["b"] = 2
print(list(ks), list(vs), list(its), len(ks))
del d["a"]
print(list(ks), list(vs), list(its))
print(repr(ks), repr(vs), repr(its))
print(list(reversed(d.keys())), list(reversed({"p": 1, "q": 2}.items())))
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
