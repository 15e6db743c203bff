# next() past the end at top level.
it = iter([1])
print(next(it))
next(it)
