@a
class A:
    @b
    def m(self):
        @c
        def inner():
            class B:
                pass
            return B
        return inner
