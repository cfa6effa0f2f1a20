# functools.lru_cache and cache with cache_info
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib(30)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(square(v))
print(square.cache_info())
@cache
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(20), factorial.cache_info())
@lru_cache
def typed_default(x):
    return type(x).__name__
print(typed_default(1), typed_default(1.0), typed_default.cache_info())
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
print(square.__wrapped__(5), square.cache_parameters())
