# A shopping cart with pluggable discount rules (strategy objects) and a formatted receipt.
class Item:
    def __init__(self, name, price, qty=1, category="misc"):
        self.name, self.price, self.qty, self.category = name, price, qty, category

    @property
    def subtotal(self):
        return self.price * self.qty


class Rule:
    def apply(self, cart):
        return 0.0


class PercentOff(Rule):
    def __init__(self, category, pct):
        self.category, self.pct = category, pct

    def apply(self, cart):
        return sum(i.subtotal for i in cart.items if i.category == self.category) * self.pct / 100

    def __str__(self):
        return f"{self.pct}% off {self.category}"


class BuyNGetOne(Rule):
    def __init__(self, name, n):
        self.name, self.n = name, n

    def apply(self, cart):
        return sum((i.qty // (self.n + 1)) * i.price for i in cart.items if i.name == self.name)

    def __str__(self):
        return f"buy {self.n} {self.name} get 1 free"


class Threshold(Rule):
    def __init__(self, minimum, off):
        self.minimum, self.off = minimum, off

    def apply(self, cart):
        return self.off if cart.gross() >= self.minimum else 0.0

    def __str__(self):
        return f"{self.off:.2f} off orders over {self.minimum}"


class Cart:
    def __init__(self, rules=()):
        self.items = []
        self.rules = list(rules)

    def add(self, item):
        for existing in self.items:
            if existing.name == item.name:
                existing.qty += item.qty
                return
        self.items.append(item)

    def gross(self):
        return sum(i.subtotal for i in self.items)

    def receipt(self):
        lines = []
        for i in self.items:
            lines.append(f"{i.name:<10} {i.qty:>3} x {i.price:>6.2f} = {i.subtotal:>7.2f}")
        total = self.gross()
        lines.append(f"{'gross':<26}{total:>8.2f}")
        for r in self.rules:
            d = r.apply(self)
            if d:
                lines.append(f"  {str(r):<24}{-d:>8.2f}")
                total -= d
        lines.append(f"{'TOTAL':<26}{max(total, 0):>8.2f}")
        return "\n".join(lines)


cart = Cart([PercentOff("fruit", 10), BuyNGetOne("soap", 2), Threshold(30, 5)])
cart.add(Item("apple", 0.5, 6, "fruit"))
cart.add(Item("soap", 2.25, 3))
cart.add(Item("melon", 3.0, 1, "fruit"))
cart.add(Item("apple", 0.5, 4, "fruit"))
cart.add(Item("bread", 2.8))
print(cart.receipt())
small = Cart([Threshold(30, 5)])
small.add(Item("gum", 0.99))
print(small.receipt())
