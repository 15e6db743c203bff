# continue on the last iteration still runs the else clause.
for i in range(3):
    if i == 2:
        continue
    print(i)
else:
    print("else after continue")
