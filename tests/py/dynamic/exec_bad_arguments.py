# Argument errors of exec, with CPython's messages.
cases = [
    lambda: exec(),
    lambda: exec(5),
    lambda: exec("1", []),
    lambda: exec("1", {}, 5),
    lambda: exec("1", {}, {}, {}),
    lambda: exec("1", globals={}),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
