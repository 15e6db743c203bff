# raise ... from sets __cause__; raising inside except sets __context__.
class LowLevel(Exception):
    pass

class HighLevel(Exception):
    pass

def load():
    try:
        raise LowLevel("disk")
    except LowLevel as e:
        raise HighLevel("load failed") from e

try:
    load()
except HighLevel as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise HighLevel("implicit")
except HighLevel as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        raise LowLevel("x")
    except LowLevel:
        raise HighLevel("hidden") from None
except HighLevel as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
