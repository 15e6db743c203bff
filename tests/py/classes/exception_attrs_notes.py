# Exceptions carry extra attributes; with_traceback returns the exception itself.
class HttpError(Exception):
    def __init__(self, status):
        self.status = status
        super().__init__(f"HTTP {status}")

e = HttpError(418)
print(e.status, e.args, str(e), e.with_traceback(None) is e)
e.extra = "tea"
print(e.extra)
try:
    raise e
except HttpError as caught:
    print(caught is e, caught.status)
e2 = HttpError.__new__(HttpError)
print(e2.args, repr(e2))
