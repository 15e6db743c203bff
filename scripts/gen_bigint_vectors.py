#!/usr/bin/env python3
"""Generate tests/unit/data/bigint_vectors.txt: BigInt test vectors with CPython as the oracle.

Run with CPython 3.11 (the semantics Edge Python follows):

    python3 scripts/gen_bigint_vectors.py

The output is deterministic (fixed seed). One case per line, space-separated tokens; the
first token names the operation (tests/unit/test_bigint.cpp documents each form). Integers
are written in hex with a '-' sign ('-1f'), doubles as the 16 hex digits of their IEEE
bits, byte strings and parse inputs as hex prefixed with 'b:'. Operand sizes run from 0 to
~3,000 bits with mixed signs, edge values and limb patterns that stress carries and the
quotient-correction paths, plus a few large cases for the Karatsuba, Burnikel-Ziegler and
divide-and-conquer radix conversion paths.
"""

import argparse
import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)

parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
parser.add_argument("--seed", type=int, default=20240611, help="other seeds make extra stress sets")
parser.add_argument("--out", help="output path (default: the committed vectors file)")
args = parser.parse_args()
rng = random.Random(args.seed)
out_lines = []


def h(x):
    return format(x, "x")


def dbits(d):
    return format(struct.unpack("<Q", struct.pack("<d", d))[0], "016x")


def bhex(data):
    return "b:" + data.hex()


def emit(*tokens):
    out_lines.append(" ".join(str(t) for t in tokens))


SPECIAL_LIMBS = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]


def rand_bits():
    """An operand size in bits, skewed toward small values."""
    r = rng.random()
    if r < 0.08:
        return rng.randint(0, 8)
    if r < 0.55:
        return rng.randint(9, 256)
    if r < 0.88:
        return rng.randint(257, 1200)
    return rng.randint(1201, 3000)


def rand_mag(bits):
    """A non-negative value of exactly `bits` bits with a randomly chosen shape."""
    if bits <= 0:
        return 0
    shape = rng.random()
    if shape < 0.55:
        v = rng.getrandbits(bits)
    elif shape < 0.75:
        # Limbs drawn from carry-sensitive patterns.
        nl = (bits + 31) // 32
        v = 0
        for i in range(nl):
            v |= rng.choice(SPECIAL_LIMBS if rng.random() < 0.8 else [rng.getrandbits(32)]) << (32 * i)
        v &= (1 << bits) - 1
    elif shape < 0.85:
        v = (1 << bits) - 1 - rng.getrandbits(min(bits, rng.randint(0, 40)))
    elif shape < 0.95:
        v = rng.getrandbits(min(bits, rng.randint(0, 40)))
    else:
        v = 0
    return v | (1 << (bits - 1))


def rand_int(bits=None, signed=True):
    if bits is None:
        bits = rand_bits()
    v = rand_mag(bits)
    if signed and rng.random() < 0.5:
        v = -v
    return v


EDGE = [0, 1, 2, 3, 7, 10, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53 - 1, 2**53, 2**53 + 1,
        2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1, 2**96 - 2**32, 2**96 - 1, 2**128,
        2**127 + 1, 10**9, 10**18, 10**19, 10**38, 2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
        2**1024, 2**2000 - 1, 3**500]
EDGE = EDGE + [-x for x in EDGE if x]


def operand():
    if rng.random() < 0.15:
        return rng.choice(EDGE)
    return rand_int()


def nonzero_operand():
    while True:
        v = operand()
        if v:
            return v


# ---------------------------------------------------------------- arithmetic

for _ in range(300):
    a, b = operand(), operand()
    emit("add", h(a), h(b), h(a + b))
for _ in range(300):
    a, b = operand(), operand()
    emit("sub", h(a), h(b), h(a - b))
for _ in range(350):
    a, b = operand(), operand()
    if rng.random() < 0.15:
        b = a  # exercises the squaring path
    emit("mul", h(a), h(b), h(a * b))
# Karatsuba at depth, balanced, unbalanced and squaring.
for abits, bbits in [(20000, 20000), (20000, 19000), (20000, 7000), (12000, 3000), (6000, 6000), (4100, 2100)]:
    a, b = rand_int(abits), rand_int(bbits)
    emit("mul", h(a), h(b), h(a * b))
for bits in [20000, 9000]:
    a = rand_int(bits)
    emit("mul", h(a), h(a), h(a * a))
a = (1 << 20000) - 1
emit("mul", h(a), h(a), h(a * a))
emit("mul", h(a), h(-a + 2**10000), h(a * (-a + 2**10000)))


def divmod_case(a, b):
    q, r = divmod(a, b)
    emit("divmod", h(a), h(b), h(q), h(r))


for _ in range(600):
    divmod_case(operand(), nonzero_operand())
# Dividends built as b*q + r with patterned q: hits qhat corrections and add-back.
for _ in range(200):
    b = nonzero_operand()
    q = rand_int(rng.randint(1, 1500))
    r = rng.randrange(abs(b)) if rng.random() < 0.8 else abs(b) - 1
    a = abs(b) * abs(q) + r
    divmod_case(a if rng.random() < 0.7 else -a, b)
# Burnikel-Ziegler sizes (divisor >= 64 limbs and quotient >= 64 limbs).
for _ in range(24):
    bbits = rng.randint(2100, 4500)
    b = rand_int(bbits)
    if rng.random() < 0.5:
        q = rand_int(rng.randint(2100, 4500))
        r = rng.randrange(abs(b))
        a = b * q + r
    else:
        a = rand_int(bbits + rng.randint(2100, 5000))
    divmod_case(a, b)
for abits, bbits in [(20000, 10000), (20000, 2500), (16000, 8000)]:
    divmod_case(rand_int(abits), rand_int(bbits))
# Whole-limb operands with top bits set: the dividend's top block is often >= the
# divisor, which Burnikel-Ziegler handles with a single subtraction.
for _ in range(8):
    nb = rng.randint(49, 130)
    b = rng.getrandbits(32 * nb) | (1 << (32 * nb - 1))
    na = nb * rng.randint(2, 3)
    a = (1 << (32 * na)) - 1 - rng.getrandbits(64) if rng.random() < 0.3 else rng.getrandbits(32 * na) | (1 << (32 * na - 1))
    divmod_case(a, b)
# Quotients whose limbs are all ones force the 3n/2n "a1 == b1" branch.
for _ in range(6):
    b = rand_mag(rng.randint(2100, 4000))
    q = (1 << (32 * rng.randint(70, 130))) - 1
    divmod_case(b * q + rng.randrange(b), b)
    divmod_case(b * q, -b)

for _ in range(100):
    a = rand_int(rng.randint(0, 200)) if rng.random() < 0.8 else rng.choice(EDGE[:12])
    e = rng.randint(0, 3000 // max(1, abs(a).bit_length())) if a else rng.randint(0, 5)
    emit("pow", h(a), e, h(a**e))
for base, e in [(10, 5000), (-3, 1001), (2, 3000), (-2, 77), (2**32, 50), (0, 0), (5, 0), (-1, 1001), (6, 1200)]:
    emit("pow", h(base), e, h(base**e))


def powmod_case(a, e, m):
    emit("powmod", h(a), h(e), h(m), h(pow(a, e, m)))


for _ in range(150):
    a = operand()
    e = abs(rand_int(rng.randint(0, 300 if rng.random() < 0.8 else 1200)))
    m = nonzero_operand()
    if abs(m).bit_length() > 1500:
        m >>= abs(m).bit_length() - 1500
    if m == 0:
        m = 7
    powmod_case(a, e, m)
for a, e, m in [(5, 0, 1), (5, 0, -1), (0, 0, 7), (-3, 3, 7), (2, 100, -7), (3, 10**30, 2**32 + 15),
                (2, 2**64, 2**61 - 1), (-5, 12345, -(2**70 + 3)), (7, 0, -(2**40))]:
    powmod_case(a, e, m)


def inv_case(a, m):
    try:
        r = h(pow(a, -1, m))
    except ValueError:
        r = "none"
    emit("inv", h(a), h(m), r)


PRIMES = [7, 2**31 - 1, 2**61 - 1, 2**89 - 1, 2**127 - 1, 2**521 - 1, 2**607 - 1]
for _ in range(150):
    a = operand()
    if rng.random() < 0.5:
        m = rng.choice(PRIMES) * rng.choice([1, -1])
    else:
        m = nonzero_operand()
    inv_case(a, m)
for a, m in [(0, 1), (5, 1), (5, -1), (0, 5), (3, -7), (6, 9), (-1, 2**64), (2**64, 2**64 + 1)]:
    inv_case(a, m)

# ---------------------------------------------------------------- shifts and bitwise

for _ in range(200):
    a = operand()
    n = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 200), rng.randint(0, 3000)])
    emit("shl", h(a), n, h(a << n))
for _ in range(300):
    a = operand()
    n = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 200), rng.randint(0, 3200),
                    abs(a).bit_length(), abs(a).bit_length() - 1 if a else 0])
    emit("shr", h(a), n, h(a >> n))
emit("shr", h(-5), 1, h(-5 >> 1))
emit("shr", h(-1), 10**6, h(-1))
emit("shr", h(5), 10**12, h(0))
for op, fn in [("and", lambda x, y: x & y), ("or", lambda x, y: x | y), ("xor", lambda x, y: x ^ y)]:
    for _ in range(150):
        a, b = operand(), operand()
        emit(op, h(a), h(b), h(fn(a, b)))
for _ in range(60):
    a = operand()
    emit("not", h(a), h(~a))

# ---------------------------------------------------------------- comparison and inspection

for _ in range(200):
    a = operand()
    b = rng.choice([operand(), a, a + 1, a - 1, -a])
    emit("cmp", h(a), h(b), (a > b) - (a < b))
for _ in range(100):
    a = rng.choice([operand(), rng.randint(-2**63, 2**63 - 1), rng.choice(EDGE)])
    b = rng.choice([rng.randint(-2**63, 2**63 - 1), -2**63, 2**63 - 1, 0, a if -2**63 <= a < 2**63 else 0])
    emit("cmpi", h(a), h(b), (a > b) - (a < b))
for _ in range(150):
    a = operand()
    emit("bits", h(a), abs(a).bit_length(), bin(a).count("1"))
for a in [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 2**64 - 1, -(2**64), 2**31, -2**32]:
    fits = -2**63 <= a < 2**63
    emit("i64", h(a), int(fits), h(a if fits else 0))
for _ in range(60):
    a = rand_int(rng.randint(0, 70))
    fits = -2**63 <= a < 2**63
    emit("i64", h(a), int(fits), h(a if fits else 0))

for a in [0, 1, -1, 2**63, 2**64 - 1, 2**61 - 1, 2**61, -(2**61), -(2**61 - 1), 2**61 - 2, -(2**61 - 2),
          2**122, -(2**122) + 1, 10**100]:
    emit("hash", h(a), hash(a))
for _ in range(200):
    a = operand()
    emit("hash", h(a), hash(a))

# ---------------------------------------------------------------- floats


def todouble_case(a):
    try:
        r = dbits(float(a))
    except OverflowError:
        r = "overflow"
    emit("todouble", h(a), r)


for a in [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
          2**1024 - 2**971, 2**1024, -(2**1024 - 2**970 - 1), (2**53 + 1) << 900, ((2**53 + 1) << 900) + 1,
          2**63 + 2**10, 2**63 + 2**10 + 1]:
    todouble_case(a)
    todouble_case(-a)
for _ in range(250):
    bits = rng.choice([rng.randint(0, 64), rng.randint(50, 120), rng.randint(0, 1100)])
    a = rand_int(bits)
    if rng.random() < 0.3 and bits > 60:
        # An exact tie: 53 significant bits followed by a single 1 bit.
        a = (rand_mag(53) << (bits - 53)) | (1 << (bits - 54))
    todouble_case(a)


def truediv_case(a, b):
    try:
        r = dbits(a / b)
    except OverflowError:
        r = "overflow"
    emit("truediv", h(a), h(b), r)


for a, b in [(1, 3), (10**400, 10**399), (-1, 3), (0, -5), (0, 5), (2**1024, 1), (2**1024 - 2**970, 1),
             (2**1024 - 2**970 - 1, 1), (2**1100, 2**76), (2**1100, 2**77), (1, 2**1074), (1, 2**1075),
             (3, 2**1076), (1, 2**1076), (-1, 10**1000), (2**53 + 1, 1), (10**500 + 1, 10**500),
             (7, 2**1070 + 1), (2**2000, 3**1000), (2**54 + 1, 2), (2**55 + 3, 4)]:
    truediv_case(a, b)
for _ in range(400):
    r = rng.random()
    if r < 0.4:
        a, b = operand(), nonzero_operand()
    elif r < 0.6:
        a, b = rand_int(rng.randint(0, 60)), rand_int(rng.randint(1, 60))
    elif r < 0.8:
        # Results near the overflow and subnormal boundaries.
        lb = rng.randint(1, 1500)
        la = lb + rng.choice([rng.randint(1020, 1027), rng.randint(-1080, -1015)])
        a, b = rand_int(max(la, 0)), rand_int(lb)
    else:
        # Near-ties: a/b with b a power of two and a having 54-56 significant bits.
        k = rng.randint(0, 1500)
        a, b = rand_int(rng.randint(54, 56)), rng.choice([1, -1]) << k
    if b == 0:
        b = 3
    truediv_case(a, b)


def rand_double():
    r = rng.random()
    if r < 0.3:
        return rng.uniform(-1e6, 1e6)
    if r < 0.5:
        return math.ldexp(rng.random() * rng.choice([1, -1]), rng.randint(-1100, 1024))
    if r < 0.7:
        return float(rng.randint(-2**70, 2**70))
    if r < 0.8:
        return rng.choice([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.9999999999999999, 2.0**53, 2.0**63,
                           -2.0**63, 2.0**64, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324])
    return math.ldexp(float(rng.getrandbits(53)), rng.randint(-60, 970)) * rng.choice([1, -1])


for _ in range(150):
    d = rand_double()
    emit("fromdouble", dbits(d), h(int(d)))
for _ in range(300):
    r = rng.random()
    if r < 0.3:
        a = operand()
        try:
            d = float(a)
        except OverflowError:
            d = 1.7976931348623157e308
        d = rng.choice([d, math.nextafter(d, math.inf), math.nextafter(d, -math.inf), d + 0.5])
    elif r < 0.5:
        d = rand_double()
        a = int(d) + rng.choice([-1, 0, 0, 1])
    else:
        a, d = operand(), rand_double()
    if math.isinf(d):
        d = 1.0
    emit("cmpdouble", h(a), dbits(d), (a > d) - (a < d))
for a, d in [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (-(2**53 + 1), -2.0**53), (0, -0.0), (0, 5e-324),
             (-1, -0.5), (1, 0.5), (2**1024, 1.7976931348623157e308), (-(2**1024), -1.7976931348623157e308)]:
    emit("cmpdouble", h(a), dbits(d), (a > d) - (a < d))

# ---------------------------------------------------------------- bytes


def tobytes_case(a, length, little, signed):
    try:
        r = "ok:" + a.to_bytes(length, "little" if little else "big", signed=signed).hex()
    except OverflowError as e:
        r = "negative" if "negative" in str(e) else "toobig"
    emit("tobytes", h(a), length, int(little), int(signed), r)


for _ in range(200):
    a = rand_int(rng.choice([0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, rng.randint(0, 300)]))
    need = (abs(a).bit_length() + 8) // 8
    length = max(0, need + rng.choice([-2, -1, -1, 0, 0, 0, 1, 3]))
    tobytes_case(a, length, rng.random() < 0.5, rng.random() < 0.6)
for a, length, signed in [(0, 0, False), (0, 0, True), (-128, 1, True), (-129, 1, True), (127, 1, True),
                          (128, 1, True), (255, 1, False), (256, 1, False), (-1, 1, False), (-1, 0, True),
                          (-(2**63), 8, True), (2**63, 8, True), (2**64 - 1, 8, False), (-(2**31), 4, True)]:
    for little in (False, True):
        tobytes_case(a, length, little, signed)
for _ in range(150):
    data = bytes(rng.choice([0, 0x7F, 0x80, 0xFF, rng.getrandbits(8)]) for _ in range(rng.randint(0, 40)))
    little, signed = rng.random() < 0.5, rng.random() < 0.5
    emit("frombytes", bhex(data), int(little), int(signed),
         h(int.from_bytes(data, "little" if little else "big", signed=signed)))

# ---------------------------------------------------------------- number theory

for _ in range(200):
    r = rng.random()
    if r < 0.5:
        g = abs(rand_int(rng.randint(0, 1500)))
        a, b = g * rand_int(rng.randint(0, 1500)), g * rand_int(rng.randint(0, 1500))
    else:
        a, b = operand(), operand()
    emit("gcd", h(a), h(b), h(math.gcd(a, b)))
for a, b in [(0, 0), (0, 5), (-12, 0), (2**64, 2**32), (10**300, 10**299 + 1), (3**1000, 3**999 * 2)]:
    emit("gcd", h(a), h(b), h(math.gcd(a, b)))
# Consecutive Fibonacci numbers: the worst case for Euclid (all quotients 1).
f0, f1 = 0, 1
for _ in range(4000):
    f0, f1 = f1, f0 + f1
emit("gcd", h(f1), h(f0), h(1))

for _ in range(200):
    a = abs(operand())
    if rng.random() < 0.3:
        s = math.isqrt(a)
        a = max(0, s * s + rng.choice([-1, 0, 1]))
    emit("isqrt", h(a), h(math.isqrt(a)))
for a in [0, 1, 2, 3, 4, 2**52 - 1, 2**52, 2**104 - 1, 2**104, (2**64 - 1)**2, (2**64 - 1)**2 - 1]:
    emit("isqrt", h(a), h(math.isqrt(a)))

# ---------------------------------------------------------------- text


def to_base(x, base):
    if base == 10:
        return str(x)
    if base == 16:
        return format(x, "x")
    if base == 8:
        return format(x, "o")
    if base == 2:
        return format(x, "b")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg, x = x < 0, abs(x)
    out = []
    while True:
        x, d = divmod(x, base)
        out.append(digits[d])
        if x == 0:
            break
    return ("-" if neg else "") + "".join(reversed(out))


for _ in range(300):
    a = operand()
    base = 10 if rng.random() < 0.5 else rng.choice([2, 3, 7, 8, 12, 16, 31, 32, 36])
    emit("str", h(a), base, to_base(a, base))
for a in [10**1000, 10**1000 - 1, -(10**999), 10**4300 - 1, 2**14000]:
    emit("str", h(a), 10, to_base(a, 10))
big = rng.randrange(10**49999, 10**50000)
emit("str", h(big), 10, to_base(big, 10))
emit("str", h(10**50000 - 1), 10, to_base(10**50000 - 1, 10))
emit("str", h(-big // 10**30000), 7, to_base(-big // 10**30000, 7))


def parse_case(text, base, limit=0):
    if limit:
        sys.set_int_max_str_digits(limit)
    try:
        r = h(int(text, base))
    except ValueError as e:
        r = "toomany" if "Exceeds the limit" in str(e) else "invalid"
    finally:
        sys.set_int_max_str_digits(0)
    emit("parse", base, limit, bhex(text.encode("ascii")), r)


PARSE_TABLE = [
    "0", "00", "0_0", "000_000", "01", "0_7", "007", "1", "-1", "+1", "--1", "+-1", "- 1", " 1", "1 ", " \t\n\v\f\r12 \r\n",
    "\x1c1", "1\x1f", "", " ", "+", "-", "_", "_1", "1_", "1__0", "1_0", "1_0_0", "10_", "0x", "0x_", "0x_1f",
    "0x__1f", "0_x1f", "0x1f", "0X1F", "0x1F_", "0xg", "0o17", "0O17", "0o8", "0o_7", "0b101", "0B101", "0b2",
    "0b_1_0", "0b", "-0x10", "+0o10", " -0b1 ", "1e5", "1.0", "12a", "a", "z", "Z", "zz", "0xz",
    "9" * 30, "-" + "9" * 30, "0" * 30, "0" * 29 + "1", "1" + "_1" * 20, "0x" + "f" * 40, "0b" + "1" * 100,
    "\x00", "1\x00", "0b1", "0b12", "0x1g", "0x 1", "0 x1", "1 1", "++1", "0_", "_0", "0__0",
]
for text in PARSE_TABLE:
    for base in [0, 2, 8, 10, 16, 36, 3, 11, 35]:
        parse_case(text, base)
ALPHABET = "0123456789abfozxABFOZX_ +-\t\n\r"
for _ in range(600):
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9)))
    parse_case(text, rng.choice([0, 0, 0, 2, 8, 10, 10, 16, 16, 36, 5]))
for _ in range(150):
    # Valid-looking numbers with light decoration.
    base = rng.choice([0, 2, 8, 10, 16, 36, 7])
    a = operand()
    body = to_base(abs(a), base if base else 10)
    if rng.random() < 0.3:
        pos = rng.randint(1, len(body))
        body = body[:pos] + "_" + body[pos:]
    text = ("-" if a < 0 else rng.choice(["", "+"])) + body
    if base in (2, 8, 16) and rng.random() < 0.4:
        text = text.replace(body, {2: "0b", 8: "0o", 16: "0x"}[base] + body)
    if rng.random() < 0.3:
        text = rng.choice([" ", "\t", "\n "]) + text + rng.choice(["", " ", "\r\n"])
    parse_case(text, base)
# CPython's 4300-digit limit (non-power-of-two bases only) and where it sits in the
# order of checks.
for text, base in [("1" * 4300, 10), ("1" * 4301, 10), ("1" * 4301 + "x", 10), ("1" * 4301 + "__", 10),
                   ("1" * 4301 + "_", 10), ("-" + "1_" * 4300 + "1", 10), ("0" * 4301, 0),
                   ("0" * 4300 + "1", 0), ("0x" + "f" * 5000, 0), ("1" * 5000, 2), ("1" * 5000, 3),
                   (" " + "7" * 4301 + " ", 8), ("z" * 4301, 36)]:
    parse_case(text, base, 4300)
# A long decimal for the product-tree path.
big_text = str(rng.randrange(10**11999, 10**12000))
parse_case(big_text, 10)

for text, value in [("123", 123), ("0x1f", 31), ("0X1F", 31), ("0o17", 15), ("0O17", 15), ("0b101", 5),
                    ("0B101", 5), ("0", 0), ("00", 0), ("0x", None), ("0b2", None), ("12a", None),
                    ("0o8", None), ("", None), ("9" * 400, int("9" * 400)), ("0x" + "ab" * 300, int("ab" * 300, 16))]:
    emit("literal", bhex(text.encode("ascii")), h(value) if value is not None else "invalid")

path = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit", "data",
                               "bigint_vectors.txt")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("# Generated by scripts/gen_bigint_vectors.py (CPython %s); do not edit.\n" % sys.version.split()[0])
    for line in out_lines:
        f.write(line + "\n")
print("%d cases, %d bytes -> %s" % (len(out_lines), os.path.getsize(path), os.path.normpath(path)))
