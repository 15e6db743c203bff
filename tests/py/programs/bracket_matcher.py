# Balanced bracket checking with a stack.
PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]} at {stack[-1][1]}"
for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c]", "[(x) + {y}"]:
    print(repr(s), check(s))
