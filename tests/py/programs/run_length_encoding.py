# Run-length encoding and decoding.
def encode(s):
    if not s:
        return []
    out = []
    current, count = s[0], 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            out.append((current, count))
            current, count = ch, 1
    out.append((current, count))
    return out
def to_text(pairs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in pairs)
def decode(text):
    out = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabcccccaaa"]:
    t = to_text(encode(s))
    print(repr(t), decode(t) == s)
