# an inventory system producing a formatted report
from dataclasses import dataclass, field
from collections import defaultdict
@dataclass
class Product:
    sku: str
    name: str
    category: str
    price_cents: int
    stock: int = 0
    history: list = field(default_factory=list)
    def value(self):
        return self.price_cents * self.stock
class Inventory:
    def __init__(self):
        self.products = {}
    def add(self, p):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
    def receive(self, sku, qty):
        p = self.products[sku]
        p.stock += qty
        p.history.append(("in", qty))
    def ship(self, sku, qty):
        p = self.products[sku]
        if qty > p.stock:
            p.history.append(("backorder", qty - p.stock))
            qty = p.stock
        p.stock -= qty
        p.history.append(("out", qty))
        return qty
inv = Inventory()
for args in [("A1", "Widget", "tools", 1999), ("A2", "Gadget", "tools", 4550), ("B1", "Apple", "food", 45),
             ("B2", "Bread", "food", 325), ("C1", "Novel", "books", 1299)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "Dup", "x", 1))
except KeyError as e:
    print("KeyError:", e)
for sku, qty in [("A1", 10), ("A2", 3), ("B1", 200), ("B2", 20), ("C1", 5), ("A1", 5)]:
    inv.receive(sku, qty)
shipped = [inv.ship(s, q) for s, q in [("A1", 12), ("B1", 150), ("A2", 5), ("C1", 1), ("B2", 20)]]
print("shipped:", shipped)
by_cat = defaultdict(list)
for p in inv.products.values():
    by_cat[p.category].append(p)
print(f"{'SKU':<5}{'Name':<8}{'Stock':>6}{'Price':>9}{'Value':>11}")
grand = 0
for cat in sorted(by_cat):
    print(f"[{cat}]")
    for p in sorted(by_cat[cat], key=lambda p: p.sku):
        print(f"{p.sku:<5}{p.name:<8}{p.stock:>6}{p.price_cents / 100:>9.2f}{p.value() / 100:>11,.2f}")
        grand += p.value()
    print(f"{'':<19}subtotal {sum(p.value() for p in by_cat[cat]) / 100:>8,.2f}")
print(f"grand total: {grand / 100:,.2f}")
print({s: p.history for s, p in inv.products.items() if any(k == "backorder" for k, _ in p.history)})
