def f(a): pass
