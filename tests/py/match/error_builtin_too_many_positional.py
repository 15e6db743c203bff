# A built-in self-matching type accepts only one positional sub-pattern.
match 1:
    case int(a, b):
        print("no")
