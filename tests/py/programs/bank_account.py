# Bank accounts modelled with dicts and closures.
def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: balance {balance}, requested {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def statement():
        return {"owner": owner, "balance": balance, "history": history[:]}
    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}
accounts = {name: make_account(name, start) for name, start in [("alice", 100), ("bob", 20)]}
def transfer(src, dst, amount):
    try:
        accounts[src]["withdraw"](amount)
    except ValueError as e:
        print("transfer failed:", e)
        return False
    accounts[dst]["deposit"](amount)
    return True
print(transfer("alice", "bob", 30), transfer("bob", "alice", 500))
accounts["alice"]["deposit"](5)
try:
    accounts["bob"]["deposit"](-1)
except ValueError as e:
    print("error:", e)
for name in accounts:
    print(accounts[name]["statement"]())
