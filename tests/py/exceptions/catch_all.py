# except Exception and bare except.
for fn in [lambda: 1 / 0, lambda: [][1], lambda: int("z")]:
    try:
        fn()
    except Exception as e:
        print("Exception caught", type(e).__name__)
try:
    raise KeyError("bare")
except:
    print("bare except caught")
