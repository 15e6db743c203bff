# Importing a module that does not exist.
try:
    import _definitely_not_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _also_missing as m
except ImportError as e:
    print(type(e).__name__, e.name)
