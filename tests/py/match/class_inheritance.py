# Class patterns check isinstance, and subclasses may redefine __match_args__.
class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

class Cat(Animal):
    __match_args__ = ("name", "lives")
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives

def f(a):
    match a:
        case Cat(name, lives):
            return f"cat {name} with {lives} lives"
        case Dog(name):
            return f"dog {name}"
        case Animal(name):
            return f"animal {name}"

print(f(Dog("rex")))
print(f(Cat("tom", 3)))
print(f(Animal("generic")))
