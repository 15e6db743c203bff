# Measures: sorting -- list.sort() and sorted() on ints, floats, tuples and
# strings, with key= (lambda and builtin), reverse=True, and sort stability.


def lcg_list(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % mod)
    return out


def check(xs):
    acc = 0
    for i in range(0, len(xs), 7):
        acc = (acc * 31 + xs[i]) % 1000000007
    return acc


def sort_ints(n):
    xs = lcg_list(n, 42, 1000000)
    a = sorted(xs)
    b = sorted(xs, reverse=True)
    xs.sort(key=lambda v: (v % 1000, v))
    c = sorted(a + b)  # lots of equal runs
    return check(a), check(b), check(xs), check(c[::2])


def sort_tuples(n):
    xs = lcg_list(n, 7, 500)
    ys = lcg_list(n, 11, 500)
    pairs = [(xs[i], ys[i], i) for i in range(n)]
    pairs.sort()
    p1 = [p[2] for p in pairs]
    by_second = sorted(pairs, key=lambda p: p[1])  # stable: ties keep order
    p2 = [p[2] for p in by_second]
    by_sum = sorted(pairs, key=lambda p: (p[0] + p[1], -p[2]), reverse=True)
    p3 = [p[2] for p in by_sum]
    return check(p1), check(p2), check(p3)


def sort_strings(n):
    xs = lcg_list(n, 99, 10000000)
    words = []
    for v in xs:
        w = ""
        while v:
            w += chr(97 + v % 26)
            v //= 26
        words.append(w)
    a = sorted(words)
    b = sorted(words, key=len)
    c = sorted(words, key=str.upper, reverse=True)
    d = sorted(words, key=lambda w: (w[-1], len(w), w))
    out = []
    for lst in (a, b, c, d):
        acc = 0
        for i in range(0, len(lst), 5):
            acc = (acc * 131 + ord(lst[i][0]) + len(lst[i])) % 1000000007
        out.append(acc)
    return tuple(out)


def sort_floats(n):
    xs = lcg_list(n, 5, 1000003)
    fs = [v / 7.0 - 70000.0 for v in xs]
    fs.sort()
    m = min(fs)
    mx = max(fs)
    fs.sort(key=abs)
    return f"{m:.4f} {mx:.4f} {fs[0]:.4f} {fs[-1]:.4f}"


print("ints", sort_ints(100000))
print("tuples", sort_tuples(60000))
print("strings", sort_strings(40000))
print("floats", sort_floats(100000))
