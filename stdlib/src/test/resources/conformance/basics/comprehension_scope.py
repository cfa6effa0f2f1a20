# comprehension variables do not leak; class scope behavior
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}
print(f())
class C:
    val = 3
    items = [i * 2 for i in range(val)]
    try:
        bad = [val for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.items, C.err)
print([i for i in range(3)], "i" in dir())
def g():
    total = 0
    data = [total := total + v for v in [1, 2, 3]]
    return data, total
print(g())
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([(lambda: k)() for k in range(3)])
