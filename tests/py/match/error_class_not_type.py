# Calling something that is not a class in a pattern is a TypeError.
notaclass = 3
match 1:
    case notaclass():
        print("no")
