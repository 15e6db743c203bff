# The wildcard `_` binds nothing.
_ = "untouched"
match 5:
    case _:
        print("wildcard matched")
print(_)
