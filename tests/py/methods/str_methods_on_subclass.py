# str methods called on a subclass return plain str objects.
class Tag(str):
    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"

t = Tag("Hello")
for r in (t.upper(), t.lower(), t.strip(), t[1:], t + "!", t * 2, t.replace("l", "L"), t.center(9), str(t)):
    print(type(r).__name__, r)
print(repr(t), t.split("l"), type(t.split("l")[0]).__name__)
