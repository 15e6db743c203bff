# An uncaught exception from exec'd code ends the program with its traceback.
print("before")
exec("x = 1\nraise ValueError('from exec')")
print("not reached")
