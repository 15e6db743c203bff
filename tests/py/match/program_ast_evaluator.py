# A tiny expression language: nested tuples evaluated with match.
def evaluate(node, env):
    match node:
        case int(n) | float(n):
            return n
        case str(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case ("call", "max", *args) if args:
            return max(evaluate(a, env) for a in args)
        case ("call", fname, *_):
            raise ValueError(f"unknown function {fname}")
        case _:
            raise SyntaxError(f"bad node {node!r}")


def show(node):
    match node:
        case ("neg", x):
            return f"-{show(x)}"
        case (op, l, r) if op in "+-*/":
            return f"({show(l)} {op} {show(r)})"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case ("if", c, t, e):
            return f"if {show(c)} then {show(t)} else {show(e)}"
        case ("call", f, *args):
            return f"{f}({', '.join(show(a) for a in args)})"
        case leaf:
            return str(leaf)


programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("-", "x", ("neg", 2))),
    ("if", ("-", "y", 1), ("/", 10, 4), 0),
    ("call", "max", 3, ("*", 2, 4), "y"),
    ("call", "min", 1),
    ("let", "z", 1, "w"),
    ["not", "a", "node"],
]
for p in programs:
    try:
        print(show(p), "=>", evaluate(p, {"y": 1}))
    except (NameError, ValueError, SyntaxError) as e:
        print(show(p), "=>", type(e).__name__, e)
