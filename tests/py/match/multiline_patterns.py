# Patterns and guards spread over several lines.
match [1, 2, 3]:
    case [
        1,
        2,
        x,
    ]:
        print("multiline", x)
match {"a": 1}:
    case {
        "a": y
    } if (
        y == 1
    ):
        print("multiline mapping", y)
