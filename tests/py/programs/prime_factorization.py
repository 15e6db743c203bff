# Trial-division prime factorisation.
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
def show(n):
    f = factorize(n)
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1]:
    print(n, "=", show(n))
