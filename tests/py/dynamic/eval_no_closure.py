# Code compiled by eval does not close over the calling function's variables.
def outer():
    v = 5
    return eval("lambda: v")()
try:
    print(outer())
except NameError as e:
    print("NameError", e)
print(eval("[x for x in range(4) if x != skip]", {"skip": 1}))
