# Functions returning tuples and unpacking them.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 2, 9])
print(lo, hi, minmax([1]))
def divmod_pair(a, b):
    return (a // b, a % b)
q, r = divmod_pair(17, 5)
print(q, r)
