# Sequence patterns mixing literals, captures and a star.
def cmd(c):
    match c:
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item]:
            return f"picking up {item}"
        case ["drop", *items]:
            return f"dropping {', '.join(items)}"
        case _:
            return "unknown"

print(cmd("go north".split()))
print(cmd("pick up lamp".split()))
print(cmd("drop a b c".split()))
print(cmd("dance".split()))
