# Alternative constructors via classmethod with validation, and a cached computed property.
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, y, m, d):
        if not 1 <= m <= 12 or not 1 <= d <= self.days_in_month[m - 1]:
            raise ValueError(f"invalid date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d
        self._ordinal = None

    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @property
    def ordinal(self):
        if self._ordinal is None:
            print("computing")
            self._ordinal = self.y * 365 + sum(self.days_in_month[: self.m - 1]) + self.d
        return self._ordinal

    def __sub__(self, other):
        return self.ordinal - other.ordinal

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class Holiday(Date):
    pass

a = Date.parse("2024-03-01")
b = Holiday.parse("2024-12-25")
print(a, b, b - a, b - a)
for bad in ("2024-13-01", "2024-02-30"):
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
