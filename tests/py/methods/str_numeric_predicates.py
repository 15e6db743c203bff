# isdecimal / isdigit / isnumeric differ on superscripts, fractions and other scripts.
samples = ["123", "٣", "²", "½", "Ⅻ", "一", "1.5", "-1", "", "0x1", "①", "𝟙", "١٢"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
