# str() of many values.
print([str(v) for v in [0, -1, 2.5, 1e100, True, None, "s", b"b", [1, "a"], (1,), {1: "a"}, range(3)]])
