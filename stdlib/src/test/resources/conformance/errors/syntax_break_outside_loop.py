# break outside a loop
def f():
    if True:
        break
f()
