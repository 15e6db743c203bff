# Chained exceptions: the last stderr line is the final exception.
try:
    int("abc")
except ValueError as e:
    raise LookupError("wrapped") from e
