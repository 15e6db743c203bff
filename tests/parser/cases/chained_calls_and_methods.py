x = a.b(c).d[e](f).g
y = "".join(map(str, range(10)))
z = obj.method()[0].attr.other()
