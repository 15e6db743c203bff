# Measures: string operations -- concatenation (+ and +=), split/join,
# replace, slicing, find/count, upper/lower/strip, and f-string formatting
# (with int, float and width/precision specs).


def checksum(s, acc):
    # Cheap order-sensitive checksum over a sample of characters; avoids hash(),
    # which is randomised per process.
    step = len(s) // 64 + 1
    for i in range(0, len(s), step):
        acc = (acc * 131 + ord(s[i])) % 1000000007
    return (acc + len(s)) % 1000000007


def build_text(n):
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
    parts = []
    for i in range(n):
        parts.append(words[(i * 7) % 8] + str(i % 100))
    return " ".join(parts)


def concat(n):
    # Short strings grown with += (bounded length, so no quadratic copying
    # even without CPython's in-place append trick), then joined.
    lines = []
    for i in range(n):
        line = ""
        for j in range(50):
            line += chr(97 + (i + j) % 26)
        lines.append(line + "|" + str(i))
    return "\n".join(lines)


def split_join(text, rounds):
    acc = 0
    for r in range(rounds):
        words = text.split(" ")
        words2 = []
        for w in words:
            if len(w) > 5:
                words2.append(w.upper())
            else:
                words2.append(w[::-1])
        joined = "-".join(words2)
        acc = checksum(joined, acc)
        acc = (acc + joined.count("IPSUM") + joined.find("ELIT")) % 1000000007
    return acc


def replace_ops(text, rounds):
    acc = 0
    for r in range(rounds):
        t = text.replace("lorem", "LOREM").replace("sit", "s").replace(" ", "")
        t = t.lower().replace("ipsum", "[" + str(r) + "]")
        acc = checksum(t, acc)
    return acc


def slicing(text, n):
    acc = 0
    ln = len(text)
    for i in range(n):
        a = (i * 37) % ln
        b = (a + 1 + i % 40) % (ln + 1)
        piece = text[a:b]
        if piece:
            acc = (acc * 31 + ord(piece[0]) + ord(piece[-1]) + len(piece)) % 1000000007
        acc = (acc + len(text[a : a + 20 : 3]) + len(piece.strip())) % 1000000007
    return acc


def formatting(n):
    acc = 0
    for i in range(n):
        x = i * 0.37
        s = f"item {i:6d} | {x:10.3f} | {i % 17:>4} | {'ok' if i % 3 else 'no'} | {i:x}"
        acc = checksum(s, acc)
    return acc


text = build_text(20000)
print("text", len(text), checksum(text, 0))
c = concat(6000)
print("concat", len(c), checksum(c, 0), c.count("\n"))
print("split_join", split_join(text, 20))
print("replace", replace_ops(text, 60))
print("slicing", slicing(text, 150000))
print("format", formatting(40000))
