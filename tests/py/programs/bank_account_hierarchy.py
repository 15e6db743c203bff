# A bank-account class hierarchy: inheritance, overridden withdrawal rules, custom errors.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount


class Account:
    next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"


class Savings(Account):
    rate = 0.02

    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(("fee", 5))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cid")]
transfer(accounts[0], accounts[1], 200)
transfer(accounts[1], accounts[2], 300)
for bad in [(accounts[2], accounts[0], 500), (accounts[1], accounts[0], 100)]:
    try:
        transfer(*bad)
    except InsufficientFunds as e:
        print("refused:", e)
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print("refused:", e)
for a in accounts:
    a.month_end()
    print(a, a.history)
print("total", round(sum(a.balance for a in accounts), 2))
