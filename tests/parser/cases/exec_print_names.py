exec("x = 1")
print(exec)
exec = print
