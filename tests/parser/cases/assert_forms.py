assert x
assert x, "message"
assert (x, y)
assert x == 1, f"{x}"
