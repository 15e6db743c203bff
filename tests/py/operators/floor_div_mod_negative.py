# Floor division and modulo round toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-1 % 10, -11 % 10, 1 % -10, 10 % -3)
print(5.0 % 3, -5.0 % 3, 5 % -3.0)
