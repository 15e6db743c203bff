match = 1
case = 2
_ = 3
match(x)
match[x] = 1
match.x = 2
print(match, case, _)
match = case = _
x = match if case else _
match -x
