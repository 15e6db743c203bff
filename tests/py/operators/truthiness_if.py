# Values used directly as conditions.
for v in [0, 7, "", "s", [], [1], {}, {"k": 1}, None, 0.0, -0.1, (), (None,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
