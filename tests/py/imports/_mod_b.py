# Helper: imports another helper module itself.
import _mod_a
def double_value():
    return _mod_a.VALUE * 2
NAME = __name__
