# A bare wildcard before the last case makes the rest unreachable: SyntaxError.
print("never printed")
match 1:
    case _:
        pass
    case 2:
        pass
