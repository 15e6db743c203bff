match [3]:
    case [x] if (y := x * 2) > 5:
        print(x, y)
