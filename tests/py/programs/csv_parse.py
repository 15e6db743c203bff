# Parsing CSV-like text with quoted fields and summarising it.
DATA = '''name,city,amount
"Smith, John",Boston,120.50
Jane Doe,"New York",80
"O'Brien","Chicago",99.99
Jane Doe,Boston,20'''
def parse_line(line):
    fields, field, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(field)
            field = ""
        else:
            field += ch
    fields.append(field)
    return fields
lines = DATA.split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
totals = {}
for r in rows:
    totals[r["name"]] = round(totals.get(r["name"], 0) + float(r["amount"]), 2)
print(totals)
print(sorted({r["city"] for r in rows}))
