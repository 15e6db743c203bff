# [..] and (..) patterns are the same: both match lists and tuples.
for s in [(1, 2), [1, 2]]:
    match s:
        case (1, 2):
            print(type(s).__name__, "matched (1, 2)")
    match s:
        case [1, 2]:
            print(type(s).__name__, "matched [1, 2]")
