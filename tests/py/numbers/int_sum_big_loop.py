total = 0
for i in range(1, 201):
    total += i ** 10
print(total)
f = 1
for i in range(1, 60):
    f *= i
print(f, f // (2**50), f % (10**9 + 7))
