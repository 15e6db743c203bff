# int() accepts Unicode decimal digits and whitespace around the number.
print(int("\u0661\u0662\u0663"), int(" \u2003 42\u2003"), int("\uff11\uff10", 16))
try:
    int("1x\u0663")
except ValueError as e:
    print(e)
