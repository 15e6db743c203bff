# The first matching handler wins, even if a later one is more specific.
try:
    {}["x"]
except LookupError:
    print("LookupError handler")
except KeyError:
    print("KeyError handler (never)")
try:
    [][1]
except KeyError:
    print("not this")
except IndexError:
    print("IndexError handler")
except Exception:
    print("not this either")
