# A Polynomial class: arithmetic, evaluation (Horner), derivative, pretty printing.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))

    def __rsub__(self, o):
        return Poly([o]) - self

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        if self.c == [0]:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i > 0 else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s


x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", p + q, "|", p * q, "|", q ** 3)
print(p(0), p(2), (q ** 3)(3), p.degree, Poly([0, 0]).degree, Poly([0]))
print(p.derivative(), (q ** 3).derivative(), Poly([5]).derivative())
print((x + 1) * (x - 1) == x ** 2 - 1, -x ** 2, 2 - x)
