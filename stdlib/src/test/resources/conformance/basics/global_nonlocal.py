# global and nonlocal
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print("counter", counter, inc())
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    r = inner()
    return x, r
print(outer())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc(-3))
acc2 = make_acc()
print(acc2(1), acc(0))
def set_new_global():
    global created_later
    created_later = "made in function"
set_new_global()
print(created_later)
x = "global x"
def shadow():
    x = "local x"
    def inner():
        return x
    return inner()
print(shadow(), x)
def levels():
    a = 1
    def l2():
        a = 2
        def l3():
            nonlocal a
            a = 3
        l3()
        return a
    return a, l2()
print(levels())
def read_global():
    return counter * 100
print(read_global())
