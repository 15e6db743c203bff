# Argument errors of eval, with CPython's messages.
cases = [
    lambda: eval(),
    lambda: eval(5),
    lambda: eval("1", []),
    lambda: eval("1", {}, 5),
    lambda: eval("1", {}, {}, {}),
    lambda: eval("1", globals={}),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
