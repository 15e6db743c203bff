# A vending machine modelled as explicit state classes that return the next state.
class State:
    name = "?"

    def insert(self, vm, coin):
        return self, f"cannot insert in {self.name}"

    def select(self, vm, item):
        return self, f"cannot select in {self.name}"

    def refund(self, vm):
        return self, "nothing to refund"


class Idle(State):
    name = "idle"

    def insert(self, vm, coin):
        if coin not in (5, 10, 25, 100):
            return self, f"rejected coin {coin}"
        vm.credit += coin
        return HasCredit(), f"credit {vm.credit}"


class HasCredit(State):
    name = "has-credit"

    def insert(self, vm, coin):
        if coin not in (5, 10, 25, 100):
            return self, f"rejected coin {coin}"
        vm.credit += coin
        return self, f"credit {vm.credit}"

    def select(self, vm, item):
        if item not in vm.stock:
            return self, f"unknown item {item}"
        price, count = vm.stock[item]
        if count == 0:
            return self, f"{item} sold out"
        if vm.credit < price:
            return self, f"{item} costs {price}, credit {vm.credit}"
        vm.stock[item] = (price, count - 1)
        change = vm.credit - price
        vm.credit = 0
        vm.sales += price
        return Idle(), f"vend {item}, change {change}"

    def refund(self, vm):
        amount, vm.credit = vm.credit, 0
        return Idle(), f"refund {amount}"


class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.sales = 0
        self.state = Idle()

    def do(self, action, *args):
        self.state, msg = getattr(self.state, action)(self, *args)
        print(f"{action:<7}{str(args):<12}-> {msg:<28}[{self.state.name}]")


vm = Machine({"cola": (125, 2), "chips": (50, 1), "gum": (35, 0)})
vm.do("select", "cola")
vm.do("insert", 3)
vm.do("insert", 100)
vm.do("select", "cola")
vm.do("insert", 25)
vm.do("select", "cola")
vm.do("insert", 100)
vm.do("select", "gum")
vm.do("select", "tea")
vm.do("select", "chips")
vm.do("refund")
vm.do("insert", 100)
vm.do("insert", 25)
vm.do("select", "cola")
vm.do("insert", 25)
vm.do("select", "cola")
vm.do("refund")
print("sales", vm.sales, vm.stock)
