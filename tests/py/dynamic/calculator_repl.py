# A tiny calculator REPL: each input line is evaluated with eval() in a restricted
# namespace (no builtins, a few math helpers); `name = expr` lines define variables.
import math

SAFE = {"sqrt": math.sqrt, "pi": math.pi, "abs": abs, "round": round, "min": min, "max": max}


def run(lines):
    env = {}
    namespace = {"__builtins__": {}}
    namespace.update(SAFE)
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        target = None
        if "=" in line and line.split("=", 1)[0].strip().isidentifier() and "==" not in line:
            target, line = (part.strip() for part in line.split("=", 1))
        try:
            value = eval(line, namespace, env)
        except ZeroDivisionError:
            print(f"[{n}] error: division by zero")
            continue
        except NameError as e:
            print(f"[{n}] error: {e}")
            continue
        except SyntaxError as e:
            print(f"[{n}] syntax error: {e.msg}")
            continue
        if target is not None:
            env[target] = value
            print(f"[{n}] {target} = {value!r}")
        else:
            env["_"] = value
            print(f"[{n}] {value!r}")
    return env


session = [
    "1 + 2 * 3",
    "r = 2.5",
    "area = pi * r ** 2",
    "round(area, 3)",
    "_ * 2",
    "# a comment",
    "sqrt(16) + abs(-4)",
    "max(1, 7, 3) // 2",
    "1 / 0",
    "open('secrets.txt')",
    "__import__('sys')",
    "2 +",
    "x = (r > 2) and 'big' or 'small'",
    "[v * v for v in range(4)]",
]
final = run(session)
print(sorted(final))
