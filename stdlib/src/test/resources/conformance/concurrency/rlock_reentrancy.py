# RLock allows the owning thread to re-acquire
import threading
rlock = threading.RLock()
def recursive(n):
    with rlock:
        if n == 0:
            return 0
        return n + recursive(n - 1)
print(recursive(10))
print(rlock.acquire(), rlock.acquire(), rlock.acquire())
rlock.release(); rlock.release(); rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
    def deposit(self, n):
        with self.lock:
            self.balance += n
    def deposit_twice(self, n):
        with self.lock:
            self.deposit(n)
            self.deposit(n)
acct = Account()
threads = [threading.Thread(target=lambda: [acct.deposit_twice(1) for _ in range(1000)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", acct.balance)
plain = threading.Lock()
plain.acquire()
print("plain lock re-acquire non-blocking:", plain.acquire(blocking=False))
plain.release()
