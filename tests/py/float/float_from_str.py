# float() parsing.
print(float("3.14"), float("  -2.5  "), float("1e10"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("nan"), float("INF"), float("+inf"))
print(float("1_000.5"), float("0"), float("-0"), float(7), float(True), float())
print(float("12345678901234567890"), float("0.1"), float("1e400"), float("-1e400"), float("1e-400"))
