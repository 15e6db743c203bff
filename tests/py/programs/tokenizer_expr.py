# A hand-written tokenizer for a tiny expression language with positions and errors.
KEYWORDS = {"let", "if", "then", "else"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "(", ")", "<", ">", "="]


class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"


class LexError(Exception):
    pass


def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i, col = i + 1, col + 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start = i
        if ch.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif ch.isalpha() or ch == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "NAME"
        elif ch == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{col}")
            i += 1
            text = src[start:i]
            kind = "STR"
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    i += len(op)
                    text, kind = op, "OP"
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{col}")
        tokens.append(Token(kind, text, line, col))
        col += i - start
    return tokens


program = '''let x = 3.5 * (y + 42)  # comment
if x >= 10 then "big" else "small"
f -> g_2 != h'''
for tok in tokenize(program):
    print(tok)
for bad in ['let s = "oops', "a $ b"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
