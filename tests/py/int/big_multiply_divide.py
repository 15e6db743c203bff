# Multiplication and division of huge numbers.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
p = a * b
print(p)
print(p // a == b, p % a, p // b == a)
print(b // a, b % a, divmod(b, a))
print(-p // a, -p % a, p // -7, p % -7)
c = 10 ** 50 + 7
print((c * c) // c == c, (c * c + 5) % c)
print(3 ** 200 // 7 ** 50)
