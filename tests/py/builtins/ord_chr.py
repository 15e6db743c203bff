# ord and chr.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(8364), chr(0x1F40D), repr(chr(0)), repr(chr(127)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
