# Class decorators receive the class and can modify or register it.
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: f"{greeting}, {self.name}"
        return cls
    return deco

@register
@add_greeting("Hello")
class Person:
    def __init__(self, name):
        self.name = name

@register
class Robot:
    pass

print(registry, Person("Ann").greet())
