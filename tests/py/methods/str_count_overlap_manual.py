# count is non-overlapping; a manual loop with find counts overlaps.
def overlapping(s, sub):
    n, i = 0, s.find(sub)
    while i != -1:
        n += 1
        i = s.find(sub, i + 1)
    return n

for s, sub in [("aaaa", "aa"), ("abababa", "aba"), ("mississippi", "issi"), ("xxx", "")]:
    print(s, sub, s.count(sub), overlapping(s, sub) if sub else "-")
