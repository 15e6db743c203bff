# An inventory system with products, stock movements, reorder reports and validation.
class StockError(Exception):
    pass


class Product:
    def __init__(self, sku, name, price, reorder_level=5):
        self.sku, self.name, self.price, self.reorder_level = sku, name, price, reorder_level

    def __repr__(self):
        return f"<{self.sku} {self.name}>"


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}
        self.log = []

    def add_product(self, product, qty=0):
        if product.sku in self.products:
            raise StockError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.stock[product.sku] = qty

    def receive(self, sku, qty):
        self._check(sku)
        self.stock[sku] += qty
        self.log.append(("in", sku, qty))

    def ship(self, sku, qty):
        self._check(sku)
        if self.stock[sku] < qty:
            raise StockError(f"only {self.stock[sku]} of {sku} left, wanted {qty}")
        self.stock[sku] -= qty
        self.log.append(("out", sku, qty))

    def _check(self, sku):
        if sku not in self.products:
            raise StockError(f"unknown sku {sku}")

    def value(self):
        return sum(self.products[s].price * q for s, q in self.stock.items())

    def reorder_report(self):
        return [(p.sku, self.stock[p.sku]) for p in self.products.values() if self.stock[p.sku] <= p.reorder_level]

    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<12}{'QTY':>5}{'VALUE':>10}"]
        for sku in sorted(self.products):
            p = self.products[sku]
            lines.append(f"{sku:<6}{p.name:<12}{self.stock[sku]:>5}{p.price * self.stock[sku]:>10.2f}")
        lines.append(f"{'total':<23}{self.value():>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add_product(Product("A1", "widget", 2.5), 10)
inv.add_product(Product("B2", "gadget", 12.0, reorder_level=2), 3)
inv.add_product(Product("C3", "doohickey", 0.75, reorder_level=20), 100)
inv.ship("A1", 7)
inv.receive("B2", 1)
inv.ship("C3", 85)
for action in (lambda: inv.ship("B2", 10), lambda: inv.receive("Z9", 1),
               lambda: inv.add_product(Product("A1", "dup", 1))):
    try:
        action()
    except StockError as e:
        print("StockError:", e)
print(inv.report())
print(inv.reorder_report())
moved = {}
for direction, sku, qty in inv.log:
    moved[sku] = moved.get(sku, 0) + (qty if direction == "in" else -qty)
print(moved)
