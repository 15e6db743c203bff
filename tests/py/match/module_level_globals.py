match (10, 20):
    case (gx, gy):
        pass
print(globals()["gx"], gy)
