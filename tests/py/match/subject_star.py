# A starred item in a tuple subject.
rest = [2, 3]
match 1, *rest:
    case (a, b, c):
        print(a, b, c)
