# ord and chr over ranges.
print([ord(c) for c in "AZaz09 ~"])
print("".join(chr(i) for i in range(65, 91)))
print(chr(0x1F600), ord("\U0001F600"), chr(0x10FFFF) == "\U0010FFFF")
print([chr(ord("a") + i) for i in range(0, 26, 5)])
