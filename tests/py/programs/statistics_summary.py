data = [23.5, 19.0, 31.25, 27.0, 19.0, 44.75, 22.0, 38.5, 19.0, 27.0, 30.0, 25.5]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]

def variance(xs, sample=True):
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    return ss / (len(xs) - (1 if sample else 0))

def quantile(xs, q):
    s = sorted(xs)
    pos = (len(s) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)

stats = [
    ('count', len(data)),
    ('min', min(data)),
    ('max', max(data)),
    ('mean', mean(data)),
    ('median', median(data)),
    ('mode', mode(data)),
    ('variance', variance(data)),
    ('pvariance', variance(data, sample=False)),
    ('stdev', variance(data) ** 0.5),
    ('q1', quantile(data, 0.25)),
    ('q3', quantile(data, 0.75)),
]
for name, v in stats:
    if isinstance(v, float):
        print(f'{name:>10}: {v:12.4f}   {v!r}')
    else:
        print(f'{name:>10}: {v!s:>12}')
lo, hi = min(data), max(data)
bins = 4
width = (hi - lo) / bins
counts = [0] * bins
for x in data:
    i = min(int((x - lo) / width), bins - 1)
    counts[i] += 1
for i, c in enumerate(counts):
    a = lo + i * width
    print(f'[{a:6.2f}, {a + width:6.2f}) {"*" * c:<6} {c:>2} {c / len(data):6.1%}')
z = [(x - mean(data)) / variance(data) ** 0.5 for x in data]
print(' '.join(f'{v:+.2f}' for v in z))
print(round(sum(z), 10) == 0, f'{sum(z):.3e}' if abs(sum(z)) > 0 else 'exact zero')
