# Repetition by zero or negative counts gives the empty string.
print(repr("abc" * 0), repr("abc" * -5), repr("" * 100), "x" * True)
