# An unknown name in eval'd code: NameError, and uncaught it ends the program.
try:
    eval("missing + 1")
except NameError as e:
    print(e)
eval("also_missing")
