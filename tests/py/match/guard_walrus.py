# A walrus in a guard binds in the enclosing scope.
match [3]:
    case [x] if (y := x * 2) > 5:
        print(x, y)
