def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f'Frac({num}, 0)')
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f'Frac({self.num}, {self.den})'
    def __str__(self):
        return str(self.num) if self.den == 1 else f'{self.num}/{self.den}'
    def __format__(self, spec):
        return format(str(self), spec)

a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, abs(b))
print(1 + a, 1 - a, 2 * b, 1 / a, a ** 3, b ** -2, a == Frac(2, 6), a < b, b < a, sorted([a, b, Frac(0)]))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print('H10 =', h, '~', f'{float(h):.6f}')
total = sum([Frac(1, 2 ** k) for k in range(1, 21)], Frac(0))
print(total, 1 - total)
print(f'[{a:>8}] [{b:<8}]', len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
