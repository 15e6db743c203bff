# A Fraction value class (no fractions module): normalisation, arithmetic with ints, ordering, hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac(o) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


h = Frac(0)
for n in range(1, 8):
    h += Frac(1, n)
print(h, float(h))
print(Frac(6, -8), Frac(1, 2) + 1, 1 - Frac(1, 3), 3 * Frac(2, 9), 1 / Frac(3, 4), -Frac(2, 5))
print(Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2, {Frac(2, 1): "two"}[2], sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3)]))
for bad in (lambda: Frac(1, 0), lambda: Frac(1) / 0, lambda: Frac(1) + 0.5):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
