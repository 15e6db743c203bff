_ = "untouched"
match 5:
    case _:
        print("wildcard matched")
print(_)
