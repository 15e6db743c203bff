# Soft keywords and builtin names can be used as ordinary identifiers.
match = 1
case = 2
_ = 3
type = "shadowed"
print(match, case, _, type)
def f(match, case):
    return match + case
print(f(case=5, match=6))
