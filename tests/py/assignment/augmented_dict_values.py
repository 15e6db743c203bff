# Augmented assignment on attributes of dicts stored in dicts and lists.
accounts = {"alice": {"balance": 100, "history": []}}
accounts["alice"]["balance"] -= 30
accounts["alice"]["history"] += ["withdraw 30"]
accounts.setdefault("bob", {"balance": 0, "history": []})["balance"] += 5
print(accounts)
rows = [{"n": 0}, {"n": 0}]
for r in rows:
    r["n"] += len(rows)
print(rows)
