# uncaught AssertionError with a message
balance = 100
def withdraw(amount):
    global balance
    balance -= amount
    assert balance >= 0, f"balance must be non-negative, got {balance}"
    print("withdrew", amount, "left", balance)
withdraw(30)
withdraw(80)
