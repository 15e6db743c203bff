notaclass = 3
match 1:
    case notaclass():
        print("no")
