# KeyError carries the key; its str is the repr of the key.
d = {}
for key in ["name", 42, (1, 2), "", 3.5]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
