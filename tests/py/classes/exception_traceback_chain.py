# An uncaught chained exception prints both tracebacks with the "direct cause" line.
class ParseError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad number {text!r}") from e

print(parse("12"))
parse("x1")
