# The main program's __name__ is "__main__"; an imported module gets its own name.
import _mod_b
print(__name__, _mod_b.__name__, _mod_b.NAME)
if __name__ == "__main__":
    print("running as a script")
