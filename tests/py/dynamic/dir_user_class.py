# dir() of a user class lists its attributes, its bases' and object's, sorted.
class Base:
    def base_method(self):
        pass
class Child(Base):
    attr = 1
    def method(self):
        pass
print(dir(Child))
print(dir(Base))
