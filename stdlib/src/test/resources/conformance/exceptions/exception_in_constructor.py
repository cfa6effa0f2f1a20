# exceptions from __init__, properties and operators
class Account:
    def __init__(self, balance):
        print("init start", balance)
        if balance < 0:
            raise ValueError("negative opening balance")
        self.balance = balance
        print("init done")
    @property
    def status(self):
        if self.balance == 0:
            raise RuntimeError("empty account")
        return "ok"
    def __add__(self, other):
        if not isinstance(other, Account):
            raise TypeError("can only add accounts")
        return Account(self.balance + other.balance)
try:
    Account(-5)
except ValueError as e:
    print("ValueError:", e)
a = Account(0)
try:
    a.status
except RuntimeError as e:
    print("RuntimeError:", e)
print(getattr(Account(3), "status"))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(a, "status")
except RuntimeError as e:
    print("hasattr propagates non-AttributeError:", e)
class Broken:
    @property
    def attr(self):
        raise AttributeError("inner attribute problem")
print(hasattr(Broken(), "attr"), getattr(Broken(), "attr", "default"))
