# dataclasses helpers: make_dataclass, field metadata, fields order, InitVar, ClassVar
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar
Point3 = dataclasses.make_dataclass("Point3", [("x", int), ("y", int, field(default=0)), "z"] if False else [("x", int), ("y", int), ("z", int, field(default=0))])
p = Point3(1, 2)
print(p, dataclasses.astuple(p), [f.name for f in dataclasses.fields(Point3)])
@dataclass
class Item:
    name: str
    price: float = field(metadata={"unit": "EUR"})
    qty: int = 1
    registry: ClassVar[list] = []
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.price = round(self.price * (1 - discount), 2)
        Item.registry.append(self.name)
i = Item("pen", 2.5, 4, 0.2)
print(i, Item.registry)
f = {fl.name: fl for fl in dataclasses.fields(Item)}
print(sorted(f), f["price"].metadata["unit"], f["qty"].default)
print(dataclasses.asdict(i), dataclasses.replace(i, qty=10, discount=0.5))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(dataclasses.asdict(t))
print(t == Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
@dataclass(order=True)
class Prio:
    priority: int
    name: str = field(compare=False)
print(sorted([Prio(3, "c"), Prio(1, "z"), Prio(2, "a")]))
print(Prio(1, "a") == Prio(1, "b"))
