# Word frequency with normalisation, stop words, ties broken alphabetically, and a bar chart.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness -- it was the spring of hope,
it was the winter of despair."""
STOP = {"it", "was", "the", "of"}


def words(text):
    word = []
    for ch in text.lower() + " ":
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []


counts = {}
total = 0
for w in words(TEXT):
    total += 1
    if w in STOP:
        continue
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("total words:", total, "distinct (no stop words):", len(counts))
width = max(len(w) for w, _ in ranked[:8])
for w, n in ranked[:8]:
    print(f"{w:>{width}} | {'#' * n} {n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
print(max(counts, key=lambda w: (len(w), w)), sum(1 for n in counts.values() if n == 1))
