# Unpacking targets inside comprehensions.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], {s: n for n, s in pairs}, [s * n for n, s in pairs if n != 2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([first + last for first, *_, last in matrix])
