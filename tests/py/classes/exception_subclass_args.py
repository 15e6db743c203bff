# Exception subclasses keep args; __str__ depends on how many args were given.
class AppError(Exception):
    pass

class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

for e in (AppError(), AppError("one"), AppError("a", 2), CodeError(404, "missing")):
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise CodeError(500, "boom")
except AppError as e:
    print(type(e).__name__, e.code, e.args[1], isinstance(e, Exception))
