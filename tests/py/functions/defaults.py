# Default parameter values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet("Di", "Yo", "."))
x = 10
def f(a=x):
    return a
x = 20
print(f(), f(1))
