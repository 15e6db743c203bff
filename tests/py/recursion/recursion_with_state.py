# Recursive permutations and subsets.
def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + rest)
    return out
print(permutations([1, 2, 3]), len(permutations(list(range(6)))))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(subsets(["a", "b", "c"]))
