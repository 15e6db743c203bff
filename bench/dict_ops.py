# Measures: dict building, updating, lookup (hits and misses), `in`, .get,
# deletion, iteration over keys/values/items, with int keys, string keys
# (including strings built at run time) and tuple keys.


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def int_keys(n):
    d = {}
    seed = 1
    for i in range(n):
        seed = lcg(seed)
        k = seed % (n * 2)
        d[k] = d.get(k, 0) + i
    hits = 0
    for k in range(n * 2):
        if k in d:
            hits += 1
    removed = 0
    for k in range(0, n * 2, 3):
        if k in d:
            del d[k]
            removed += 1
    total = 0
    for k, v in d.items():
        total = (total + k * 31 + v) % 1000000007
    return len(d), hits, removed, total


def str_keys(n):
    counts = {}
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for i in range(n):
        key = words[i % 8] + "_" + str(i % 997)
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
    index = {}
    for key in counts:
        prefix = key[: key.index("_")]
        if prefix not in index:
            index[prefix] = []
        index[prefix].append(key)
    s = 0
    for prefix in words:
        for key in index[prefix]:
            s += counts[key] * len(key)
    misses = 0
    for i in range(n // 4):
        if counts.get("missing" + str(i)) is None:
            misses += 1
    return len(counts), len(index), s, misses


def tuple_keys(n):
    grid = {}
    for x in range(n):
        for y in range(n):
            grid[(x, y)] = (x * 7 + y * 13) % 10
    total = 0
    for x in range(1, n - 1):
        for y in range(1, n - 1):
            c = grid[(x, y)]
            total += c * (grid[(x - 1, y)] + grid[(x + 1, y)] + grid[(x, y - 1)] + grid[(x, y + 1)])
    return len(grid), total


def merge_and_update(n):
    a = {}
    b = {}
    for i in range(n):
        a["k" + str(i)] = i
        b["k" + str(i * 2)] = i * 3
    merged = dict(a)
    merged.update(b)
    for k in list(merged.keys()):
        if merged[k] % 5 == 0:
            merged.pop(k)
    vals = 0
    for v in merged.values():
        vals += v
    return len(merged), vals


print("int_keys", int_keys(200000))
print("str_keys", str_keys(200000))
print("tuple_keys", tuple_keys(150))
print("merge", merge_and_update(60000))
