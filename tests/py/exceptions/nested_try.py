# Exceptions propagate outward through nested try blocks.
def level(n):
    try:
        try:
            if n == 1:
                raise KeyError("inner")
            if n == 2:
                raise ValueError("middle")
            return "ok"
        except KeyError as e:
            return "inner handled " + str(e)
        finally:
            print("inner finally", n)
    except ValueError as e:
        return "outer handled " + str(e)
print(level(0))
print(level(1))
print(level(2))
