while x:
    pass
while x:
    a
else:
    b
while True: break
