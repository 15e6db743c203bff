# An assignment expression in a comprehension binds in the enclosing function.
def last_big(xs):
    found = [last := x for x in xs if x > 10]
    return found, last
print(last_big([5, 20, 7, 30]))
def count_then_last(xs):
    n = len([seen := x for x in xs])
    return n, seen
print(count_then_last(["a", "b", "c"]))
