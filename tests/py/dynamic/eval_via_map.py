# eval and exec called from native code (map, sorted key) run as well.
print(list(map(eval, ["1+1", "2**10", "'x' * 3"])))
print(sorted(["3", "1+1", "0"], key=eval))
ns = {}
list(map(exec, ["a = 1", "b = 2"], [ns, ns]))
print(ns["a"], ns["b"])
