print(sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=0), sorted([1, 3, 2], reverse=True))
xs = [1, 3, 2]
xs.sort(reverse=-5)
print(xs)
for r in [None, 1.5, 'x', 2**70]:
    for f in (lambda: sorted([2, 1], key=len, reverse=r), lambda: [2, 1].sort(reverse=r)):
        try:
            print(f())
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
