# Helper module for dir_module.py.
value = 1
def helper():
    return value
