# Measures: arbitrary-precision integer arithmetic -- digits of pi with
# Gibbons' unbounded spigot (big mul/add/floordiv), factorial(3000) and its
# digit sum, and big powers with modulo. Huge ints are never passed to str():
# CPython 3.11 limits int->str conversion to 4300 digits, so digits are
# extracted with divmod by a power of ten instead.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def digit_sum(v):
    chunk = 10 ** 9
    s = 0
    chunks = 0
    while v:
        v, low = divmod(v, chunk)
        chunks += 1
        while low:
            s += low % 10
            low //= 10
    return s, chunks


def power_mix(rounds):
    acc = 0
    base = 3 ** 200 + 7
    mod = 2 ** 521 - 1
    for i in range(rounds):
        acc = (acc * base + i) % mod
        acc ^= acc >> 17
    return acc % 1000000007, acc.bit_length() > 400


digits = pi_digits(2400)
print("pi", "".join([str(d) for d in digits[:30]]), sum(digits))
f = factorial(3000)
print("fact3000", f.bit_length(), digit_sum(f))
acc = 0
for n in range(500, 3000, 100):
    acc += digit_sum(factorial(n))[0]
print("fact sums", acc)
print("power", power_mix(150000))
