# An inventory report from a list of dict records.
records = [
    {"sku": "A-100", "name": "widget", "qty": 12, "price": 2.5, "tags": ["tools"]},
    {"sku": "B-200", "name": "gadget", "qty": 0, "price": 10.0, "tags": ["tools", "electronics"]},
    {"sku": "C-300", "name": "doohickey", "qty": 7, "price": 0.75, "tags": []},
    {"sku": "D-400", "name": "thingamajig", "qty": 3, "price": 99.99, "tags": ["electronics"]},
]
print(f"{'SKU':<6} {'NAME':<12} {'QTY':>4} {'VALUE':>9}")
total = 0.0
for r in sorted(records, key=lambda r: r["qty"] * r["price"], reverse=True):
    value = r["qty"] * r["price"]
    total += value
    flag = " (out of stock)" if r["qty"] == 0 else ""
    print(f"{r['sku']:<6} {r['name']:<12} {r['qty']:>4} {value:>9.2f}{flag}")
print(f"{'TOTAL':<24} {total:>9.2f}")
by_tag = {}
for r in records:
    for t in r["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(r["name"])
print(by_tag)
