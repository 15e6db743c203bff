# Conversions of big ints to and from text.
n = 2 ** 130 + 12345
print(n, str(n), repr(n))
print(hex(n), oct(n), bin(n))
print(hex(-n), bin(-(2 ** 70)))
print(int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 2) == n, int(oct(n), 8) == n)
print(int("1" * 40), int("-" + "9" * 30))
print(int("zz" * 10, 36))
