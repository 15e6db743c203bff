# exec and eval accept bytes sources.
ns = {}
exec(b"v = 'from bytes'", ns)
print(ns["v"])
print(eval(b"6 * 7"))
