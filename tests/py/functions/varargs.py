# *args collects extra positionals into a tuple.
def total(*nums):
    return type(nums).__name__, sum(nums), len(nums)
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1, 2, 3), head_tail("only"))
xs = [4, 5, 6]
print(total(*xs), total(*xs, 7, *range(2)), head_tail(*"abc"))
