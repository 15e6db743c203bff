# Iterative Fibonacci up to a 200-digit number.
a, b = 0, 1
n = 0
while len(str(a)) < 200:
    a, b = b, a + b
    n += 1
print(n)
print(a)
