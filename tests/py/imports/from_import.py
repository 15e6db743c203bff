# `from x import a, b` and `from x import a as b`.
from _mod_a import VALUE, greet
from _mod_a import items as things, counter
print(VALUE, greet("cy"), things, counter())
try:
    from _mod_a import no_such_name
except ImportError as e:
    # CPython appends the module's file path in parentheses; compare only the part before.
    print("ImportError:", str(e).split(" (")[0], e.name)
