# str.format: positional, keyword, attribute, index, conversion and nested specs.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]

p = P()
print("{} {} {}".format(1, "a", None))
print("{1} {0} {1}".format("a", "b"))
print("{p.x} {p.items[1]} {d[key]}".format(p=p, d={"key": "v"}))
print("{0!r} {0!s} {0!a}".format("é"))
print("{:>{w}}|{:^{w}.{prec}f}|".format("ab", 3.14159, w=8, prec=2))
print("{{literal}} {}".format(5))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ())]:
    try:
        fmt.format(*args)
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
