# `match` and `case` remain usable as ordinary names.
match = {"case": 1}
print(match["case"])
match["case"] = 2
print(match)
match.update(x=3)
print(sorted(match))
print(-match["case"])
class C:
    match = 1
    case = 2
print(C.match, C.case)
