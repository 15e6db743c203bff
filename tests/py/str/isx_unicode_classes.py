# Numeric and alphabetic character classes beyond ASCII.
chars = ["7", "٣", "۹", "२", "²", "½", "Ⅻ", "𝟘", "①", "〇", "a", "é", "ª", "ǅ", "中", "_", " ", "\u0345", "ⅿ"]
for c in chars:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum())
print("١٢٣".isdecimal(), "12½".isnumeric(), "12½".isdigit())
print("".isdecimal(), "".isdigit(), "".isnumeric(), "".isalpha(), "".isalnum())
