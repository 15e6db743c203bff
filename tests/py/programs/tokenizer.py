# A simple tokenizer for arithmetic expressions using str methods.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            i += 2
        elif ch in "+-*/()=":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character " + repr(ch) + " at " + str(i))
    return tokens
for line in ["x = 3 + 4.5 * (y_1 - 2)", "a**2", "  42  "]:
    print(tokenize(line))
try:
    tokenize("1 + $")
except SyntaxError as e:
    print("SyntaxError:", e)
