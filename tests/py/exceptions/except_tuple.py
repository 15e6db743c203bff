# One handler for several exception types.
def attempt(kind):
    try:
        if kind == 0:
            return [1][5]
        if kind == 1:
            return {}["x"]
        if kind == 2:
            return 1 / 0
        return "fine"
    except (IndexError, KeyError) as e:
        return "lookup: " + type(e).__name__
    except (ZeroDivisionError,) as e:
        return "math: " + str(e)
print([attempt(k) for k in range(4)])
