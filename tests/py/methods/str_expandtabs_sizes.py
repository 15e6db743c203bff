# str.expandtabs with default, explicit, zero and negative tab sizes; newlines reset the column.
s = "a\tbc\tdef\tghij\t|"
print(repr(s.expandtabs()))
for n in (0, 1, 2, 3, 4, 5, 8, -1):
    print(n, repr(s.expandtabs(n)))
print(repr("x\ty\nab\tc\r\tq".expandtabs(4)))
print(repr("\t".expandtabs(tabsize=3)))
print(repr("no tabs".expandtabs(2)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print("TypeError:", e)
