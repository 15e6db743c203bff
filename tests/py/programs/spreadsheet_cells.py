# Spreadsheet cells with formulas, dependency tracking, recalculation and cycle detection.
class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}

    def set(self, name, value):
        self.cells[name] = value
        self.cache.clear()

    def get(self, name, stack=()):
        if name in self.cache:
            return self.cache[name]
        if name in stack:
            raise CycleError(" -> ".join(stack + (name,)))
        raw = self.cells.get(name, 0)
        if isinstance(raw, str) and raw.startswith("="):
            value = self.evaluate(raw[1:], stack + (name,))
        else:
            value = raw
        self.cache[name] = value
        return value

    def evaluate(self, formula, stack):
        if formula.startswith("SUM(") and formula.endswith(")"):
            a, b = formula[4:-1].split(":")
            col = a[0]
            return sum(self.get(f"{col}{r}", stack) for r in range(int(a[1:]), int(b[1:]) + 1))
        total, sign, term = 0, 1, ""
        for ch in formula + "+":
            if ch in "+-":
                term = term.strip()
                if term:
                    v = self.get(term, stack) if term[0].isalpha() else float(term) if "." in term else int(term)
                    total += sign * v
                sign = 1 if ch == "+" else -1
                term = ""
            else:
                term += ch
        return total

    def deps(self, name):
        raw = self.cells.get(name, "")
        if not (isinstance(raw, str) and raw.startswith("=")):
            return []
        body = raw[1:]
        for ch in "+-():":
            body = body.replace(ch, " ")
        return sorted({t for t in body.split() if t[0].isalpha() and t != "SUM"})


s = Sheet()
s.set("A1", 10)
s.set("A2", 20)
s.set("A3", 5)
s.set("B1", "=SUM(A1:A3)")
s.set("B2", "=B1 - A3 + 2.5")
s.set("C1", "=B1+B2+Z9")
for c in ["B1", "B2", "C1"]:
    print(c, s.get(c), s.deps(c))
s.set("A2", 100)
print("after A2=100:", s.get("B1"), s.get("C1"))
s.set("A1", "=C1")
try:
    s.get("C1")
except CycleError as e:
    print("CycleError:", e)
