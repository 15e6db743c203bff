# Membership in a large set.
evens = set(range(0, 100000, 2))
print(len(evens), 50000 in evens, 50001 in evens, -2 in evens)
hits = 0
for i in range(1000):
    if i * 7 in evens:
        hits += 1
print(hits)
