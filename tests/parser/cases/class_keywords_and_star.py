class A(B, C, *D, x=1, **E):
    pass
class F(metaclass=abc.ABCMeta): pass
