total = a + \
        b + \
        c
if x \
   and y:
    pass
