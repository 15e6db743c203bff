match 10:
    case x:
        print("captured", x)
print("x after match:", x)
