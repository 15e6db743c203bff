# A generator pipeline: read lines, parse records, filter, aggregate -- lazily.
LOG = """\
2024-01-01 INFO  user=alice action=login
2024-01-01 WARN  user=bob action=failed_login
2024-01-02 INFO  user=alice action=upload size=120
2024-01-02 ERROR user=carol action=upload size=0
2024-01-03 INFO  user=bob action=login
2024-01-03 INFO  user=bob action=upload size=300
"""

def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line

def parse(rows):
    for row in rows:
        date, level, *fields = row.split()
        record = {"date": date, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            record[k] = int(v) if v.isdigit() else v
        yield record

def only(records, **conditions):
    for r in records:
        if all(r.get(k) == v for k, v in conditions.items()):
            yield r

def running_total(records, key):
    total = 0
    for r in records:
        total += r.get(key, 0)
        yield r["user"], total

uploads = only(parse(lines(LOG)), action="upload")
for user, total in running_total(uploads, "size"):
    print(f"{user:<6}{total:>5}")
levels = {}
for r in parse(lines(LOG)):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
