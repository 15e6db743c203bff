# Helper module for the imports cases (not a case itself).
print("_mod_a: running module body")
VALUE = 42
items = [1, 2, 3]
def greet(name):
    return "hello " + name
def counter():
    global calls
    calls += 1
    return calls
calls = 0
_hidden = "underscore names are private to star-imports"
