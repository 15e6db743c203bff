# + and * on sequences.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd")
print([0] * 3, (1, 2) * 2, "-" * 5, 3 * "x", [1] * 0, "abc" * -1)
xs = [[0]] * 2
xs[0].append(1)
print(xs)
print([] + [], () * 5)
