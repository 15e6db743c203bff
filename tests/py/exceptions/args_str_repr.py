# args, str and repr of exceptions with zero, one and many arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)
