# Infinity and NaN behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(1e308 * 10, -1e308 * 10)
x = nan
print(x is x, x == x, [x] == [x])
print(repr(inf), str(nan), max(1.0, inf), min(-inf, 0))
