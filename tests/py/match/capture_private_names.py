# In a class, private capture names are mangled like any binding; keyword
# attribute names in class patterns are not.
class A:
    def __init__(self):
        self.__x = 5
    def get(self, o):
        match o:
            case A(_A__x=v):
                return ("kw mangled manually", v)
    def get2(self, o):
        match o:
            case A(__x=v):
                return ("kw", v)
            case _:
                return "kw not mangled"
    def cap(self, o):
        match o:
            case [__y, *__rest]:
                return (__y, __rest)
    def cap2(self, o):
        match o:
            case {"k": 1, **__m} if __m:
                return __m
            case [*__r] as __whole:
                return __r, __whole
    def cap3(self, o):
        match o:
            case [__q]:
                pass
        return __q
print(A().get(A()))
print(A().get2(A()))
print(A().cap([1, 2]))
print(A().cap2({"k": 1, "j": 2}))
print(A().cap2((3, 4)))
print(A().cap3([7]))
class B:
    match [1]:
        case [__z]:
            pass
print(B._B__z)
