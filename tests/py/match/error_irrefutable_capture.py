# A bare capture before the last case makes the rest unreachable: SyntaxError.
print("never printed: this is a compile error")
match 1:
    case x:
        pass
    case 1:
        pass
