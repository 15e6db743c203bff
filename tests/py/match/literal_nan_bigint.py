# nan matches no literal; big and negative integer literals; -0.0.
match float("nan"):
    case 1.0:
        print("no")
    case _:
        print("nan equals nothing")
match 2 ** 100:
    case 1267650600228229401496703205376:
        print("big int literal")
match -2 ** 70:
    case -1180591620717411303424:
        print("big negative literal")
match 0.0:
    case -0.0:
        print("0.0 == -0.0")
