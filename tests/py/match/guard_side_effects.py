# A guard runs only when its pattern matched, in case order.
calls = []
def check(tag, result):
    calls.append(tag)
    return result

match 5:
    case 1 if check("g1", True):
        print("one")
    case int() if check("g2", False):
        print("int guard false")
    case x if check("g3", True):
        print("captured", x)
print(calls)
