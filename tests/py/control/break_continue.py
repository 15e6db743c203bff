# break and continue in for and while.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
n = 0
while n < 10:
    n += 1
    if n < 8:
        continue
    print("n", n)
