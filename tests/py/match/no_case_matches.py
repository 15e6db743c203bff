# When no case matches, execution continues after the match.
x = 3
match x:
    case 1:
        print("one")
    case 2:
        print("two")
print("nothing matched, still running")
