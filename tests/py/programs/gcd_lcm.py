# GCD and LCM, including of lists and with extended Euclid.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
nums = [12, 18, 30, 42]
g = 0
l = 1
for n in nums:
    g = gcd(g, n)
    l = lcm(l, n)
print(g, l)
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
l = 1
for n in range(1, 41):
    l = lcm(l, n)
print(l)
