# exec always returns None, even for an expression statement.
print(exec("1 + 1"))
print(exec("x = 3"), x)
