# Captures at module level are globals.
match (10, 20):
    case (gx, gy):
        pass
print(globals()["gx"], gy)
