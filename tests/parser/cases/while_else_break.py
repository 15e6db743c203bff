while x:
    if y:
        break
else:
    z = 1
