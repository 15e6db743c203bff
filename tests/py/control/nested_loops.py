# break only leaves the innermost loop; flags for outer exits.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
