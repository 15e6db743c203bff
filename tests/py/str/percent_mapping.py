# printf-style formatting with a mapping: %(key)s.
d = {"name": "Ann", "n": 3, "x": 2.5, "a(b)": "paren"}
print("%(name)s has %(n)d items at %(x).2f each" % d)
print("%(name)r %(n)x %(n)05d %(a(b))s" % d)
print("%(n)d %(n)s" % d, "%s" % d == str(d))
print("%s %(n)s" % d)
print("%(k)s" % {"k": None}, "%(a)s" % {"a": "%(b)s"})
for fmt, arg in [("%(a)s %s", {"a": 1}), ("%(a)s", 5), ("%(a)s", ("x",)), ("%(a)s", {}), ("%(a", {"a": 1}),
                 ("%(a)*d", {"a": 1}), ("%(a)s", [1]), ("%(a)s", "abc")]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__ + ":", e)
