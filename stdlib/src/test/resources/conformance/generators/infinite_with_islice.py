# infinite generators consumed with itertools.islice / takewhile
from itertools import islice, takewhile, count, cycle, repeat
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(naturals(), 10)))
print(list(islice(primes(), 15)))
print(list(islice(fibonacci(), 5, 15)))
print(list(islice(fibonacci(), 0, 30, 5)))
print(list(takewhile(lambda f: f < 200, fibonacci())))
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), len(list(collatz(97))))
g = primes()
for p in g:
    if p > 50:
        break
print("first prime over 50:", p, "next:", next(g))
