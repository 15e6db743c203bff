# Containment and count use identity before equality (so a NaN object finds itself).
nan = float("nan")
xs = [nan, 1, nan]
print(nan in xs, xs.count(nan), xs.index(nan), xs == xs, [nan] == [nan])
print((nan,) == (nan,), {nan: 1}.get(nan), nan == nan)
# edge stores floats unboxed, so a fresh float("nan") is not told apart from `nan` here.
