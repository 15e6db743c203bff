# __hash__ = None marks a class unhashable; a subclass may restore hashing.
class Mutable:
    __hash__ = None

class Restored(Mutable):
    def __hash__(self):
        return 42

print(Restored().__hash__(), hash(Restored()))
for obj in (Mutable(), [1]):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Mutable(), object), Mutable.__hash__)
