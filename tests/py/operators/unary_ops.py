# Unary plus, minus, invert and not.
x = 5
print(-x, +x, ~x, not x, - -x, -(-x), +-x)
print(-0, -0.0, +0.0, -(0.0))
print(-True, +True, ~True, ~False)
print(-(2 ** 70), ~(2 ** 70))
