# exec does not strip leading whitespace: an indented first line is an error.
try:
    exec(" x = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
