# chained and multiple assignments, evaluation order
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(y)
order = []
def L(n):
    order.append(n)
    return n
d = {}
d[L("key")] = L("value")
print(order)
order.clear()
r = [0, 0, 0]
r[L(0)], r[L(1)] = L(10), L(20)
print(r, order)
order.clear()
print(L(1) + L(2) * L(3), order)
order.clear()
def f(*a, **k):
    return a
f(L("a"), L("b"), k=L("c"))
print(order)
order.clear()
dd = {L("k1"): L("v1"), L("k2"): L("v2")}
print(order)
i = 0
i = i + 1 if i == 0 else -1
print(i)
