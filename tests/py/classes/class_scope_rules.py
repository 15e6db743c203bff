# Class bodies are not enclosing scopes for methods; comprehensions in class bodies see only the iterable.
x = "global"

class C:
    x = "class"
    y = [x for _ in range(2)]

    def get(self):
        return x

    z = x.upper()

print(C.y, C().get(), C.z)

def make():
    v = "closure"

    class Inner:
        w = v

        def m(self):
            return v

    return Inner

I = make()
print(I.w, I().m())
