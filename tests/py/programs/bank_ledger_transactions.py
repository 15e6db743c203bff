# A double-entry ledger with atomic transactions (rollback on failure) and balance reports.
class LedgerError(Exception):
    pass


class Ledger:
    def __init__(self):
        self.balances = {}
        self.journal = []

    def open(self, name, kind):
        if name in self.balances:
            raise LedgerError(f"account {name} exists")
        self.balances[name] = 0
        self.journal.append(("open", name, kind))

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, ledger):
        self.ledger = ledger
        self.entries = []

    def __enter__(self):
        self.snapshot = dict(self.ledger.balances)
        return self

    def post(self, debit, credit, amount):
        for acct in (debit, credit):
            if acct not in self.ledger.balances:
                raise LedgerError(f"no account {acct}")
        if amount <= 0:
            raise LedgerError(f"bad amount {amount}")
        self.ledger.balances[debit] += amount
        self.ledger.balances[credit] -= amount
        self.entries.append((debit, credit, amount))

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.ledger.journal.extend(("post",) + e for e in self.entries)
            return False
        self.ledger.balances = self.snapshot
        print(f"rolled back {len(self.entries)} entries: {exc}")
        return issubclass(exc_type, LedgerError)


led = Ledger()
for name, kind in [("cash", "asset"), ("sales", "income"), ("rent", "expense"), ("bank", "asset")]:
    led.open(name, kind)
with led.transaction() as t:
    t.post("cash", "sales", 500)
    t.post("bank", "cash", 300)
with led.transaction() as t:
    t.post("rent", "bank", 200)
    t.post("rent", "bank", -5)
with led.transaction() as t:
    t.post("rent", "cash", 120)
    t.post("cash", "nowhere", 1)
try:
    with led.transaction() as t:
        t.post("rent", "bank", 50)
        raise KeyError("unexpected")
except KeyError as e:
    print("escaped:", repr(e))
print(led.balances, sum(led.balances.values()))
for entry in led.journal:
    print(entry)
try:
    led.open("cash", "asset")
except LedgerError as e:
    print("LedgerError:", e)
