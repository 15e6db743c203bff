# Parse CSV-like text with quoted fields, group rows, and print an aligned summary table.
DATA = '''region,product,units,price
north,"Widget, large",10,2.50
south,Gadget,3,10.00
north,Gadget,7,10.00
east,"Widget, large",1,2.50
south,"Doohickey ""deluxe""",4,7.25
north,Widget,12,1.75'''


def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


lines = DATA.splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
print(rows[4])

groups = {}
for r in rows:
    g = groups.setdefault(r["region"], {"units": 0, "revenue": 0.0, "products": set()})
    g["units"] += r["units"]
    g["revenue"] += r["units"] * r["price"]
    g["products"].add(r["product"])

print(f"{'region':<8}{'units':>6}{'revenue':>10}  products")
for region in sorted(groups, key=lambda k: -groups[k]["revenue"]):
    g = groups[region]
    print(f"{region:<8}{g['units']:>6}{g['revenue']:>10.2f}  {'; '.join(sorted(g['products']))}")
total = sum(g["revenue"] for g in groups.values())
print(f"{'total':<14}{total:>10.2f}")
best = max(rows, key=lambda r: r["units"] * r["price"])
print(best["region"], best["product"], f"{best['units'] * best['price']:.2f}")
