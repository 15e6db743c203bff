# removeprefix/removesuffix on str subclasses return plain str.
class S(str):
    pass

s = S("prefix-body-suffix")
r = s.removeprefix("prefix-")
print(r, type(r).__name__, type(s.removesuffix("x")).__name__, type(s.removesuffix("-suffix")).__name__)
print("ééa".removeprefix("é"), "aéé".removesuffix("éé"))
