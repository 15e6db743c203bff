# At module level locals() is globals().
x = 1
print(locals() is globals())
print(locals()["x"])
