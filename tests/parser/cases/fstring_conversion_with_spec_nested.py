a = f"{x!r:>{w}.{p}}"
b = f"{x!s:{fill}{align}{width}}"
