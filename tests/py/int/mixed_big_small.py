# Operations mixing small and big ints, and results shrinking back.
big = 10 ** 30
print(big + 1, big - 1, 1 - big, big * 0, big // big, big % 7)
print((big + 5) - big, type((big + 5) - big).__name__)
print(big > 5, 5 < big, big == 10 ** 30, big != big + 1)
print(max(3, big, -big), min(3, big, -big), abs(-big))
print(big & 0xffff, big | 1, big ^ big, big >> 90, 1 << 100)
print(sorted([big, -1, 0, -big, 5]))
