# Measures: list comprehensions -- simple maps, filters, nested (2-level)
# comprehensions, comprehensions over strings/tuples/enumerate/zip, and the
# dict/set comprehensions built from them, feeding sum/len/max.


def squares(n, rounds):
    t = 0
    for r in range(rounds):
        xs = [i * i for i in range(n)]
        evens = [x for x in xs if x % 2 == 0]
        t = (t + sum(evens) + len(xs)) % 1000000007
    return t


def matrix(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    bt = [[row[j] for row in b] for j in range(n)]
    c = [[sum([x * y for x, y in zip(ra, cb)]) for cb in bt] for ra in a]
    return sum([sum(row) for row in c]), max([max(row) for row in c])


def pairs(n):
    ps = [(i, j) for i in range(n) for j in range(i, n) if (i + j) % 3 == 0]
    return len(ps), sum([i * j for i, j in ps]) % 1000000007


def strings(n):
    words = ["w" + str(i % 211) for i in range(n)]
    lens = [len(w) for w in words]
    upper = [w.upper() for w in words if w.endswith("7")]
    firsts = [ord(w[-1]) for i, w in enumerate(words) if i % 2]
    uniq = {w for w in words}
    index = {w: i for i, w in enumerate(words)}
    return sum(lens), len(upper), sum(firsts), len(uniq), sum([index[w] for w in uniq]) % 1000003


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            flags[p * p :: p] = [False for _ in range(p * p, n + 1, p)]
    primes = [i for i, f in enumerate(flags) if f]
    return len(primes), primes[-1]


print("squares", squares(20000, 100))
print("matrix", matrix(80))
print("pairs", pairs(1000))
print("strings", strings(100000))
print("sieve", sieve(400000))
