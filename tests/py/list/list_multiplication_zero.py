# Repetition with zero and negative counts.
print([1, 2] * 0, [1, 2] * -1, [] * 5, [None] * 3)
