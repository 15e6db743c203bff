calls = []
class Meta(type):
    def __instancecheck__(cls, inst):
        calls.append(('inst', inst))
        return inst == 42
    def __subclasscheck__(cls, sub):
        calls.append(('sub', sub.__name__))
        return sub is int
class Anything(metaclass=Meta):
    pass
print(isinstance(42, Anything), isinstance(41, Anything), isinstance(42, (str, Anything)))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(bool, (str, Anything)))
print(isinstance(Anything(), Anything), calls)
class Even(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst % 2 == 0
class EvenNumber(metaclass=Even):
    pass
print([x for x in range(7) if isinstance(x, EvenNumber)], isinstance('2', EvenNumber))
