# while loops with else run the else clause unless broken out of.
i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("while finished normally")
j = 0
while True:
    j += 1
    if j == 4:
        break
else:
    print("not printed")
print("j", j)
while False:
    pass
else:
    print("else on empty loop")
