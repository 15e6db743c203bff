if a:
    if b:
        if c:
            x
        else:
            y
    elif d:
        z
