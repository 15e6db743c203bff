# except clauses match subclasses in order; a tuple catches several classes.
class Base(Exception):
    pass

class Mid(Base):
    pass

class Leaf(Mid):
    pass

for cls in (Base, Mid, Leaf, KeyError):
    try:
        raise cls("x")
    except Leaf:
        print("caught Leaf")
    except (Mid, KeyError) as e:
        print("caught Mid-or-KeyError", type(e).__name__)
    except Base:
        print("caught Base")
print(Leaf.__mro__[:3] == (Leaf, Mid, Base), issubclass(Leaf, Exception), Leaf.__bases__)
