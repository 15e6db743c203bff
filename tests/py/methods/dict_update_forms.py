# dict.update accepts a mapping, an iterable of pairs, keywords, or a combination.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=10)
d.update({"f": 6}, g=7)
d.update()
d.update(((k, v) for k, v in [("h", 8)]))
print(d)
for bad in ([1, 2], [("a", 1, 2)], 5, ["ab", "cde"]):
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dict([("x", 1)], y=2), dict({"p": 1}, q=2), dict(zip("ab", range(2))))
