# Stacked decorators and decorators with arguments.
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<" + name + ">" + fn(*a) + "</" + name + ">"
        return wrapper
    return deco
def upper(fn):
    def wrapper(*a):
        return fn(*a).upper()
    return wrapper
@tag("b")
@upper
def hello(who):
    return "hello " + who
print(hello("world"))
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(calls, one(), two())
