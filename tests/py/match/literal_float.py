# Float literal patterns compare with ==.
for x in [1.5, 3, 3.0, 1e100, 0.1 + 0.2]:
    match x:
        case 1.5:
            print(x, "one and a half")
        case 3:
            print(x, "three")
        case 1e100:
            print(x, "googol")
        case 0.3:
            print(x, "exactly 0.3")
        case _:
            print(x, "no match")
