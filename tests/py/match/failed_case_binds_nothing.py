# A case that fails part-way through binds none of its names.
match (1, 2):
    case (x, 3):
        print("no")
    case _:
        pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
