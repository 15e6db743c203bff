# **kwargs collects extra keywords into a dict in call order.
def show(**kw):
    return kw
print(show(), show(b=2, a=1))
def mixed(a, *args, flag=False, **kw):
    return a, args, flag, kw
print(mixed(1, 2, 3, flag=True, x=9, y=8))
opts = {"flag": True, "z": 0}
print(mixed(0, **opts), mixed(*[5, 6], **{"q": 1}))
try:
    mixed(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
