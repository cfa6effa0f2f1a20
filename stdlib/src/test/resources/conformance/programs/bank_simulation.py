# class-based bank simulation with accounts, transfers, interest and an audit log
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"
class Savings(Account):
    rate_bp = 250
    def add_interest(self):
        interest = self._balance * self.rate_bp // 10000
        self._balance += interest
        self.history.append(("interest", interest))
        return interest
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        self.log.append(f"opened {acct!r}")
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.log.append(f"FAILED transfer {amount}: {e}")
            return False
        dst.deposit(amount)
        self.log.append(f"transfer {amount} #{src.id}->#{dst.id}")
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank("PyBank")
alice = bank.open(Account, "alice", 500)
bob = bank.open(Savings, "bob", 1200)
carol = bank.open(Savings, "carol")
print(bank.transfer(alice, bob, 200), bank.transfer(alice, carol, 400), bank.transfer(bob, carol, 1000))
for month in range(1, 4):
    earned = [s.add_interest() for s in bank.accounts.values() if isinstance(s, Savings)]
    print(f"month {month}: interest {earned}, total {bank.total()}")
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for line in bank.log:
    print(line)
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct, acct.history)
