# str, bytes and bytearray never match sequence patterns.
for s in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b")]:
    match s:
        case [x, y]:
            print(type(s).__name__, "is a sequence:", x, y)
        case _:
            print(type(s).__name__, "is not a sequence for match")
