# `match`, `case` and `_` as variable names, also inside a match statement.
match = 3
print(match)
case = [match, 4]
print(case)

def match_(x):
    return x * 2

match = lambda x: x + 1
print(match(1))
match, case = 1, 2
print(match, case)
match [1, 2]:
    case [match, case]:
        print("inside:", match, case)
_ = "still a name"
print(_)
