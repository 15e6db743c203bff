# Precedence of not/and/or and comparisons.
print(not 1 == 2, not (1 == 2))
print(True or False and False, (True or False) and False)
print(not True or True, not (True or True))
print(1 < 2 == 2, 1 + 1 == 2 and 3 > 2)
print(0 or 1 and 2, (0 or 1) and 2)
print(3 & 1 == 1)
