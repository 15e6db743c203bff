if a:
    x
if a:
    x
else:
    y
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
if a: x
elif b: y
else: z
