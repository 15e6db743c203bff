# A recursive-descent parser and evaluator for arithmetic with variables and functions.
class ParseError(Exception):
    pass


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif c in "+-*/^(),=":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    toks.append(("end", None))
    return toks


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = (self.take()[1], node, self.power())
        return node

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.power())
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {val!r}")


FUNCS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    op = node[0]
    if op == "num":
        return node[1]
    if op == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]!r}")
        return env[node[1]]
    if op == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if op == "neg":
        return -evaluate(node[1], env)
    if op == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "^": lambda: a ** b}[op]()


env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10 / 4", "y = x * 2 - -1",
             "max(x, y, 3) + min(1, 2)", "abs(-7.5)", "z + 1", "1 / 0", "3 +", "2 $ 3", "(1 + 2"]:
    try:
        print(line, "=>", evaluate(Parser(line).statement(), env))
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(line, "=>", type(e).__name__ + ":", e)
print(sorted(env.items()))
