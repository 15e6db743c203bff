# exec at module level defines globals that later code sees.
exec("y = 5")
print(y)
exec("def twice(n):\n    return n * 2\n")
print(twice(21))
