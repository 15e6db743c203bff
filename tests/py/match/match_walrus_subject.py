# A walrus expression as the subject.
data = [3, 4]
match (n := len(data)):
    case 2:
        print("two items, n =", n)
