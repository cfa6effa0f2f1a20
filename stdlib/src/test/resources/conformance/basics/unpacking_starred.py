# starred unpacking in assignments and displays
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_ = "hello"
print(first, _)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
x, y = y, x = 1, 2
print(x, y)
