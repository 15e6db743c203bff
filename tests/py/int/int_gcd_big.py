# Euclid's algorithm on large numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
x = 2 ** 80 * 3 ** 20 * 7
y = 2 ** 60 * 3 ** 30 * 11
print(gcd(x, y), gcd(x, y) == 2 ** 60 * 3 ** 20)
print(gcd(10 ** 30, 10 ** 20 + 1), gcd(0, 5), gcd(12, 0))
