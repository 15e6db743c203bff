# Word frequency count over a paragraph.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
def words(text):
    out = []
    for raw in text.lower().split():
        w = raw.strip(".,;:!?\"'")
        if w:
            out.append(w)
    return out
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
