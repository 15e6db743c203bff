x = 1
y = 2
if a:
    z = 3
