# isascii and isspace over boundary characters.
for cp in (0, 9, 10, 11, 12, 13, 28, 31, 32, 127, 128, 133, 160, 0x1680, 0x2000, 0x200b, 0x2028, 0x3000, 0xfeff):
    ch = chr(cp)
    print(hex(cp), ch.isascii(), ch.isspace(), ch.isprintable())
