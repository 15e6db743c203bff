# edge-differs: a metaclass __prepare__ may only return a plain dict (class-body
# stores do not go through a mapping's __setitem__ here); CPython makes the class.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Namespace(dict):
            pass
        return Namespace()


try:
    class C(metaclass=Meta):
        x = 1
    print("class made")
except TypeError as e:
    print("TypeError:", e)
