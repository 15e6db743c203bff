# center puts the extra fill character on the right when the padding is odd... except when it is not.
for s in ("a", "ab", "abc", "abcd"):
    print([s.center(w, "*") for w in range(len(s), len(s) + 5)])
