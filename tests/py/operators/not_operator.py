# Truthiness through `not` for many values.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), b"", b"x"]
print([not v for v in values])
print([bool(v) for v in values])
