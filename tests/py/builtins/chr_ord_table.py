# A small ASCII table.
for code in range(65, 91, 5):
    print(code, chr(code), hex(code), bin(code), chr(code).lower(), ord(chr(code).lower()))
