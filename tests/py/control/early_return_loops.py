# return from inside nested loops.
def first_pair_sum(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None
print(first_pair_sum([2, 7, 11, 15], 9), first_pair_sum([1, 2], 10))
