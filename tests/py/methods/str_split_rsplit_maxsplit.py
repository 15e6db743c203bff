# split vs rsplit with maxsplit, explicit separators and whitespace runs.
s = "  a  b   c d  "
print(s.split(), s.rsplit())
print(s.split(None, 1), s.rsplit(None, 1))
print(s.split(" "), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1))
print("a::b::c".split("::", maxsplit=1), "a::b::c".rsplit(sep="::", maxsplit=1))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("a b".split(maxsplit=0), "  a b ".split(maxsplit=0))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
