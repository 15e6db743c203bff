# A Roman numeral value class: parsing with validation, formatting, arithmetic and ordering.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or any(c not in VALUES for c in s):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for i, c in enumerate(s):
        v = VALUES[c]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral {s!r}")
    return total


class Roman:
    def __init__(self, value):
        self.value = from_roman(value) if isinstance(value, str) else value
        to_roman(self.value)

    def __str__(self):
        return to_roman(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __add__(self, other):
        return Roman(self.value + int(other))

    def __sub__(self, other):
        return Roman(self.value - int(other))

    def __int__(self):
        return self.value

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return isinstance(other, Roman) and self.value == other.value


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    print(n, to_roman(n), from_roman(to_roman(n)))
print(Roman("MCMXCIV") + Roman("VI"), Roman(10) - 1, repr(Roman("xlii")))
print(sorted([Roman("X"), Roman("IV"), Roman("C")]), Roman("V") == Roman(5))
for bad in ("IIII", "VX", "ABC", "", 0, 4000):
    try:
        Roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Roman(1) - 1
except ValueError as e:
    print("ValueError:", e)
