# A missing key ends the lookup before a later duplicate is checked.
class K:
    A = "x"
    B = "x"

match {"y": 1, "z": 2}:
    case {K.A: 1, K.B: 2}:
        print("no")
    case _:
        print("a missing key stops the match before the duplicate is seen")
