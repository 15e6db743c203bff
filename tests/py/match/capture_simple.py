# A capture pattern binds the subject and the name outlives the match.
match 10:
    case x:
        print("captured", x)
print("x after match:", x)
