# Name mangling of __attr inside methods, across subclasses.
class Account:
    def __init__(self):
        self.__balance = 100
        self._note = "protected"

    def balance(self):
        return self.__balance

class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5

    def own(self):
        return self.__balance

s = Savings()
print(s.balance(), s.own(), s._Account__balance, s._Savings__balance, s._note)
try:
    s.__balance
except AttributeError as e:
    print("AttributeError:", e)
