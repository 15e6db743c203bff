# bool() and truth values.
print([bool(v) for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], (), {}, None, range(0), b"", float("nan")]])
print(bool(), True is bool(1), int(True) + int(False))
