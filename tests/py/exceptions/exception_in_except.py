# An error inside a handler replaces the original, which stays as context.
def handler_fails():
    try:
        raise ValueError("original")
    except ValueError:
        return [][0]
try:
    handler_fails()
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
