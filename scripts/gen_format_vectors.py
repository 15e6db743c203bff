#!/usr/bin/env python3
"""Writes tests/unit/data/format_vectors.txt: number/string formatting cases with the
answers CPython 3.11 gives, for tests/unit/test_format.cpp.

Run with python3.11 from the repository root; the output is deterministic (fixed seed).

File format: one case per line, tab-separated fields. Inside a field, backslash, tab,
CR, LF and other control characters are escaped as \\\\, \\t, \\r, \\n and \\xHH; all
other text is UTF-8. Doubles are written as 16 hex digits of their IEEE bits. Results
are "=<text>" on success, or "V:<message>" / "O:<message>" / "M:" for ValueError /
OverflowError / MemoryError.

  repr     <bits> <result>
  parse    <text> <bits or "!">                         float(text)
  round    <bits> <ndigits> <bits or "OVF">             round(x, ndigits)
  roundi   <bits> <bits of float(round(x))>
  hex      <bits> <result>                              x.hex()
  fromhex  <text> <"=" bits | error>
  ffmt     <bits> <spec> <result>                       format(x, spec)
  ifmt     <neg> <hex digits of |n|> <bits of float(n) or "OVF"> <spec> <result>
  sfmt     <str> <spec> <result>                        format(s, spec)
  pf       <bits> <conv> <flags> <width> <prec> <result>      '%...' % x
  pi       <neg> <hex digits of |n|> <conv> <flags> <width> <prec> <result>
  ps       <str> <flags> <width> <prec> <result>        '%...s' % s
"""
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_format_vectors.py must run on CPython 3.11 (the oracle)")

# Optional arguments for local stress runs: SEED SCALE OUTPUT (defaults: the committed
# file). SCALE multiplies the number of random cases.
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20240611
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rng = random.Random(SEED)
lines = []


def count(n):
    return int(n * SCALE)


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def emit(*fields, long_ok=False):
    line = "\t".join(esc(str(f)) for f in fields)
    if len(line) <= 1200 or long_ok:  # keeps the file small; huge widths add nothing
        lines.append(line)


def outcome(fn):
    try:
        return "=" + fn()
    except ValueError as e:
        return "V:" + str(e)
    except OverflowError as e:
        return "O:" + str(e)
    except MemoryError:
        return "M:"


# ---------------------------------------------------------------- doubles

def random_double():
    kind = rng.randrange(10)
    if kind == 0:
        while True:
            x = from_bits(rng.getrandbits(64))
            if math.isfinite(x):
                return x
    if kind == 1:  # subnormal
        return from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))
    if kind in (2, 3, 4):  # short decimal
        digits = str(rng.randrange(1, 10 ** rng.randint(1, 17)))
        return float(digits + "e" + str(rng.randint(-330, 310))) * rng.choice((1, -1))
    if kind == 5:  # modest magnitude, the common case
        return float("%.*g" % (rng.randint(1, 17), rng.uniform(-1e6, 1e6)))
    if kind == 6:  # near a power of ten
        x = 10.0 ** rng.randint(-310, 308)
        for _ in range(rng.randint(0, 3)):
            x = math.nextafter(x, rng.choice((0.0, math.inf)))
        return x
    if kind == 7:  # binary fractions: exact decimal ties for rounding
        return rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randint(0, 12)
    if kind == 8:
        return float(rng.randrange(-10 ** 18, 10 ** 18))
    return rng.uniform(-1, 1) * 10 ** rng.randint(-6, 20)


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e15, 9999999999999998.0,
           1e-4, 1e-5, 0.0001234, 0.1 + 0.2, 0.1, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375,
           5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, -1.7976931348623157e308, 1e22, 1e23, 123456789.0,
           1234.5, 1.0, -1.0, 100.0, 1e100, 1.2345e-100, 9.5, 0.05, 0.95, 99.5, 999.5,
           0.00001, 123456789012345678.0, 2.0 ** 53, 2.0 ** 53 + 2, 3.141592653589793,
           2.718281828459045, 1 / 3, 2 / 3, 1e300, -1e-300, 4.35, 0.045, 1e-7]

DOUBLES = SPECIAL + [random_double() for _ in range(count(1800))]

# ---------------------------------------------------------------- repr / hex / round

for x in SPECIAL + [random_double() for _ in range(count(6000))]:
    emit("repr", bits(x), repr(x))
for p in range(-325, 310):
    x = float("1e%d" % p)
    emit("repr", bits(x), repr(x))

for x in SPECIAL + [random_double() for _ in range(count(1500))]:
    emit("hex", bits(x), x.hex())

round_cases = [(2.675, 2), (0.125, 2), (0.375, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0),
               (1e22, -22), (1e22, -21), (5e22, -23), (1.5e22, -22), (5e-324, 323), (5e-324, 324),
               (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
               (-1.7976931348623157e308, -308), (1.7976931348623157e308, -309), (250.5, -2),
               (249.5, -2), (250.0, -2), (350.0, -2), (150.0, -2), (0.4, 0), (-0.4, 0),
               (-0.0, 0), (0.0, 5), (math.inf, 2), (-math.inf, -3), (math.nan, 1), (1.0, 400),
               (1.0, -400), (-1.0, -400), (123.456, 10 ** 18), (123.456, -10 ** 18),
               (5.0, -1), (15.0, -1), (25.0, -1), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1)]
for x, n in round_cases:
    try:
        r = bits(round(x, n))
    except OverflowError:
        r = "OVF"
    emit("round", bits(x), n, r)
for _ in range(count(7000)):
    x = rng.choice(DOUBLES)
    if rng.random() < 0.6:
        n = rng.randint(-6, 18)
    else:
        n = rng.randint(-330, 330)
    if rng.random() < 0.2 and math.isfinite(x) and x != 0:  # aim at the interesting digit
        e = math.floor(math.log10(abs(x)))
        n = -e + rng.randint(-2, 17)
    try:
        r = bits(round(x, n))
    except OverflowError:
        r = "OVF"
    emit("round", bits(x), n, r)
for x in SPECIAL + DOUBLES[:1200] + [k / 2 for k in range(-40, 41)]:
    if math.isfinite(x):
        emit("roundi", bits(x), bits(float(round(x))))

# ---------------------------------------------------------------- float(str)

def random_float_text():
    kind = rng.randrange(8)
    if kind == 0:
        return repr(rng.choice(DOUBLES))
    if kind == 1:
        return "%.*e" % (rng.randint(0, 25), rng.choice(DOUBLES))
    if kind == 2:  # underscores, valid and not
        d = str(rng.randrange(10 ** 12))
        d = "".join(c + ("_" if rng.random() < 0.2 else "") for c in d)
        tail = rng.choice(["", ".5", "._5", ".5_5", "e1_0", "e_1", "_", "E+0_3", "."])
        return rng.choice(["", "_", "-"]) + d + tail
    if kind == 3:
        ws = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\u2003", "\xa0", "\x85", "\x1c", "\u3000"]
        core = rng.choice(["1.5", "-2", "inf", "nan", "-Infinity", "1e5", "x"])
        return "".join(rng.choice(ws) for _ in range(rng.randint(0, 2))) + core + \
            "".join(rng.choice(ws) for _ in range(rng.randint(0, 2)))
    if kind == 4:
        alphabet = "0123456789._eE+-infatyINFATY x"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
    if kind == 5:  # non-ASCII digits
        zeros = [0x660, 0x966, 0xFF10, 0x1D7CE, 0x1E950]
        z = rng.choice(zeros)
        return "".join(chr(z + int(c)) if c.isdigit() and rng.random() < 0.5 else c
                       for c in repr(rng.choice(DOUBLES)))
    if kind == 6:  # long digit strings, exact-tie territory
        return "0." + "".join(rng.choice("0123456789") for _ in range(rng.randint(17, 60))) + \
            "e" + str(rng.randint(-330, 310))
    return rng.choice(["inf", "-inf", "+INF", "infinity", "-iNfInItY", "nan", "-nan", "+NaN",
                       "infinit", "nan(1)", "in_f", "1e", "e5", ".", ".e5", "5.", ".5", "-.5",
                       "+-1", "--1", "1e+-1", "0x10", "1\x00", "", " ", "1e500", "-1e500",
                       "1e-500", "0_0.0_0e0_0", "1_e5", "1e5_", "1__0", "_1", "1_", "1_.5",
                       "1._5", "1e_5", "1e5_0", "١e١", "1_١", "2.4703282292062328e-324",
                       "2.4703282292062327e-324", "1.7976931348623158e308",
                       "1.7976931348623159e308"])


for _ in range(count(3500)):
    t = random_float_text()
    try:
        r = bits(float(t))
    except ValueError:
        r = "!"
    emit("parse", t, r)

# ---------------------------------------------------------------- float.fromhex

def random_hex_text():
    kind = rng.randrange(6)
    if kind in (0, 1):
        return rng.choice(DOUBLES).hex()
    if kind == 2:  # more digits than a double holds: rounding
        mant = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(13, 22)))
        point = rng.randint(0, len(mant))
        return "%s0x%s.%sp%d" % (rng.choice(["", "-", "+"]), mant[:point], mant[point:],
                                 rng.randint(-1100, 1030))
    if kind == 3:  # exact ties near subnormal / overflow edges
        top = rng.choice(["1", "2", "3", "7", "f"])
        mant = top + "".join(rng.choice("08") for _ in range(rng.randint(12, 16)))
        return "0x%s.%sp%d" % (mant[0], mant[1:], rng.choice([-1022, -1060, -1074, -1075, -1076,
                                                               1023, 1024, 1020, 0]))
    if kind == 4:
        alphabet = "0123456789abcdefxXpP.+- "
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
    return rng.choice(["inf", "-Infinity", " nan ", "0x", "0x.", "x1", "1.", ".8", "0x.8p1",
                       "0X1P-2", "1p", "1p+", "0x1p99999999999999999999", "0x0p99999999999999999999",
                       "0x1p-99999999999999999999", "0x1.fffffffffffff8p1023",
                       "0x1.fffffffffffff7ffp1023", "0x1p1024", "0x.00000000000000000001p1100",
                       "  0x1.8p1\t\n", "0x1.8p1 x", "\xa00x1p0", "0", "-0", "00x1", "0xx1",
                       "0x1.0000000000000800000000001p0", "0x1.00000000000008p0",
                       "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022",
                       "0x0.00000000000008000001p-1022", "infx", "-nan"])


for _ in range(count(2500)):
    t = random_hex_text()
    emit("fromhex", t, outcome(lambda: bits(float.fromhex(t))))

# ---------------------------------------------------------------- format specs

FILLS = [" ", "*", "0", "x", "é", "😀", "<", ",", "\x00", "=", "z", "#", ".", "1", "_"]


def random_spec(types, typed_weight=0.85):
    if rng.random() < 0.06:  # free-form garbage made of spec characters
        alphabet = "<>=^+- z#0123456789,_.eEfFgGn%bcdoxXs*é٣"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice(FILLS) + rng.choice("<>=^"))
    elif r < 0.4:
        parts.append(rng.choice("<>=^"))
    parts.append(rng.choice(["", "", "", "+", "-", " "]))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    r = rng.random()
    if r < 0.15:
        parts.append(",")
    elif r < 0.3:
        parts.append("_")
    elif r < 0.32:
        parts.append(rng.choice([",_", "_,", ",,", "__"]))
    if rng.random() < 0.5:
        p = rng.randint(0, 20) if rng.random() < 0.9 else rng.randint(20, 60)
        parts.append("." + str(p))
    elif rng.random() < 0.02:
        parts.append(".")
    if rng.random() < typed_weight:
        parts.append(rng.choice(types))
    elif rng.random() < 0.3:
        parts.append(rng.choice(["q", "é", "\x00", "d", "s", "c", "x", "%", "n", "ą", "\n", "\x7f"]))
    return "".join(parts)


FIXED_SPECS = ["", "abc", "xx<5", ".", "99999999999999999999", ".99999999999999999999",
               "9223372036854775807", ".2147483648f", ".2147483648", ",_", "_,", ",,", "__",
               "\x00", ",\x00", "٥", ".٣", "٥d", "\U0001F600^9", "z=+012,.3f", "010,.1f",
               "08,d", "0=10,", "0>10,", "x<05", "<05", "=+10", "#", "#.0f", "#.3g", ".3",
               "#.3", "#.0e", ".0e", "z.3e", "z.0f", "z", "n", ",n", "_n", "#x", "#_X",
               "#010_b", "#010x", "+c", "#c", "05c", "=5c", ",c", "_c", ".1c", "zc", "c",
               "020,.3e", "020_.3%", "^020,", "0^20,", "-^20", " 020,.2f", "+#020_.0f"]

# floats
for x in SPECIAL:
    for spec in FIXED_SPECS:
        emit("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
for _ in range(count(10000)):
    x = rng.choice(DOUBLES)
    spec = random_spec(FLOAT_TYPES)
    emit("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))


# ints: |n| in hex; the C++ side derives the other bases
def int_fields(n):
    m = abs(n)
    try:
        fb = bits(float(n))
    except OverflowError:
        fb = "OVF"
    return [1 if n < 0 else 0, format(m, "x"), fb]


def random_int():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randint(-300, 300)
    if kind == 1:
        return rng.randint(-10 ** 9, 10 ** 9)
    if kind == 2:
        return rng.randint(-2 ** 130, 2 ** 130)
    if kind == 3:
        return rng.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, -0x10FFFF, 0xE9, 0x1F600, 2 ** 63 - 1,
                           2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 30, 2 ** 1100 if rng.random() < 0.1 else 7, 255, 1234,
                           1234567, 10 ** 16])
    if kind == 4:
        return rng.randint(0, 0x10FFFF)
    return rng.randint(-2 ** 64, 2 ** 64)


INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%"]
INT_VALUES_FIXED = [0, 1, -1, 65, 255, -255, 1234, -1234567, 0x10FFFF, 0x110000, 2 ** 63, -2 ** 63 - 1,
                    10 ** 20]
for n in INT_VALUES_FIXED:
    for spec in FIXED_SPECS:
        if spec == "9223372036854775807":
            continue
        emit("ifmt", *int_fields(n), spec, outcome(lambda: format(n, spec)))
for _ in range(count(6000)):
    n = random_int()
    spec = random_spec(INT_TYPES)
    res = outcome(lambda: format(n, spec))
    if res.startswith("O:int too large to convert to float"):
        continue  # the VM's conversion, not the formatter
    emit("ifmt", *int_fields(n), spec, res)

# strs
STRS = ["", "a", "abc", "héllo", "😀x", "x" * 30, "tab\there", "ñ", "E:", "=", " pad "]
STR_TYPES = ["", "s"]
for s in STRS:
    for spec in FIXED_SPECS + ["+", " ", "z", "=", "05", "0<5", ",", "_", "+=", "z#", " z#=",
                               "=+#z5", ",s", ".2", "^9.3", "😀^7", "\x00>4"]:
        emit("sfmt", s, spec, outcome(lambda: format(s, spec)))
for _ in range(count(3000)):
    s = rng.choice(STRS)
    spec = random_spec(STR_TYPES, typed_weight=0.5)
    emit("sfmt", s, spec, outcome(lambda: format(s, spec)))


# ---------------------------------------------------------------- printf

def random_flags():
    return "".join(f for f in "-+ #0" if rng.random() < 0.25)


def printf_spec(flags, width, prec, conv):
    return "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv


for _ in range(count(4500)):
    x = rng.choice(DOUBLES)
    conv = rng.choice("eEfFgG")
    flags = random_flags()
    width = rng.choice([-1, -1, rng.randint(0, 30)])
    prec = rng.choice([-1, -1, rng.randint(0, 20), rng.randint(0, 60)])
    emit("pf", bits(x), conv, flags, width, prec, printf_spec(flags, width, prec, conv) % x)
for _ in range(count(3500)):
    n = random_int()
    conv = rng.choice("diuoxX")
    flags = random_flags()
    width = rng.choice([-1, -1, rng.randint(0, 30)])
    prec = rng.choice([-1, -1, rng.randint(0, 25)])
    f = int_fields(n)
    emit("pi", f[0], f[1], conv, flags, width, prec, printf_spec(flags, width, prec, conv) % n)
for _ in range(count(600)):
    s = rng.choice(STRS)
    flags = "".join(f for f in "-0" if rng.random() < 0.3)
    width = rng.choice([-1, rng.randint(0, 12)])
    prec = rng.choice([-1, -1, rng.randint(0, 6)])
    emit("ps", s, flags, width, prec, printf_spec(flags, width, prec, "s") % s)

# Precisions beyond the digits a double can hold (the exact expansion ends within 767
# significant digits / 1074 decimals).
for x, spec in [(5e-324, ".1100f"), (0.1, ".800e"), (1 / 3, "#.900g"), (1 / 3, ".900g"),
                (2.0 ** -1074 * 3, ".780e"), (1e300, ".30f"), (-5e-324, "z.1080f"),
                (5e-324, ".1075%"), (1.5, "#.820G"), (1e300, ".500f"),
                (1.7976931348623157e308, ".459f"), (float.fromhex("0x1.93dbfbb453beap+1020"), ".462f"),
                (float.fromhex("0x1.47572ecfc6738p-1019"), ".1074f"), (0.1, ".1200f")]:
    emit("ffmt", bits(x), spec, outcome(lambda: format(x, spec)), long_ok=True)
for x, conv, prec in [(5e-324, "f", 1100), (0.1, "e", 800), (1 / 3, "g", 900), (1e300, "f", 600)]:
    emit("pf", bits(x), conv, "#", -1, prec, printf_spec("#", -1, prec, conv) % x, long_ok=True)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(root, "tests", "unit", "data", "format_vectors.txt")
if len(sys.argv) > 3:
    path = sys.argv[3]
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Generated by scripts/gen_format_vectors.py from CPython %s; do not edit.\n"
            % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print("wrote %d cases to %s (%d bytes)" % (len(lines), path, os.path.getsize(path)))
