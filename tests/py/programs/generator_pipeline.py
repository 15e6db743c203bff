# A log-processing pipeline built from chained generators.
LOG = """2024-01-01 10:00:01 INFO user=ann action=login
2024-01-01 10:00:05 WARN user=bob action=retry
garbage line
2024-01-01 10:01:00 ERROR user=ann action=upload size=300
2024-01-01 10:02:00 INFO user=cid action=login
2024-01-01 10:03:30 ERROR user=bob action=upload size=120
2024-01-01 10:04:00 INFO user=ann action=logout"""


def lines(text):
    for line in text.splitlines():
        yield line.strip()


def parse(rows):
    for row in rows:
        parts = row.split()
        if len(parts) < 3:
            print("skip:", row)
            continue
        date, time, level, *fields = parts
        rec = {"time": time, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            rec[k] = int(v) if v.isdigit() else v
        yield rec


def where(recs, **conds):
    for r in recs:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


recs = list(parse(lines(LOG)))
print(len(recs))
for r in where(recs, level="ERROR"):
    print(r["user"], r["action"], r.get("size", 0))
print([r["user"] for r in take(2, where(recs, action="login"))])
print(sum(r.get("size", 0) for r in recs))
for w in window((r["level"] for r in recs), 3):
    print(w)
gen = parse(lines("x y z w"))
print(next(gen))
print(next(gen, "exhausted"))
