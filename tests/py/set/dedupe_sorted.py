# Deduplicating other values and printing them through sorted().
words = "to be or not to be that is the question".split()
print(sorted(set(words)), len(set(words)))
print(sorted({w[0] for w in words}), sorted(set("mississippi")))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
