# range and list/tuple subclasses are sequences; dict, set and iterators are not.
class MyList(list):
    pass

class MyTuple(tuple):
    pass

for s in [range(3), MyList([1, 2, 3]), MyTuple((7, 8, 9)), {1: 2, 3: 4}, {1, 2, 3}, iter([1, 2, 3])]:
    match s:
        case [a, b, c]:
            print(type(s).__name__, "matched", a, b, c)
        case _:
            print(type(s).__name__, "did not match")
