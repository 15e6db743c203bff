class C:
    pass
c = C()
setattr(c, 'a', 5)
print(c.a, hasattr(c, 'a'), hasattr(c, 'b'))
delattr(c, 'a')
print(hasattr(c, 'a'))
try:
    delattr(c, 'a')
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError', e)
setattr(C, 'cls_attr', [1])
print(C.cls_attr, c.cls_attr, hasattr(C, 'cls_attr'), hasattr(5, 'bit_length'))
class G:
    def __getattr__(self, n):
        if n == 'ok': return 1
        raise AttributeError(n)
print(hasattr(G(), 'ok'), hasattr(G(), 'no'))
