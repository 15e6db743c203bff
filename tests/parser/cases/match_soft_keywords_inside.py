match match:
    case case:
        pass
match _:
    case _:
        match = 1
