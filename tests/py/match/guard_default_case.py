# A guarded trailing `case _`.
for flag in [True, False]:
    match 0:
        case 1:
            print("one")
        case _ if flag:
            print("default with guard taken")
    print("after", flag)
