# At module level exec's default locals are the globals.
exec("z = 1")
print(globals()["z"], locals() is globals())
