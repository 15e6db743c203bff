# True/1 and 1.0/1 compare equal in value patterns; singletons compare by identity.
match True:
    case 0:
        print("0")
    case 1:
        print("1 (True == 1)")
match 0:
    case False:
        print("no: False matches by identity")
    case 0:
        print("zero")
match {1: "a"}:
    case {1.0: v}:
        print("a float key finds an int key", v)
