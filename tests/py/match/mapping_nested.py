# Mapping patterns nested with sequence and class patterns.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *others]}, "debug": bool(debug)}:
        print(host, first, others, debug)
