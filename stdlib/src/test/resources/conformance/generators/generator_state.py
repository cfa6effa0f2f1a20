# generator object states and attributes
import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
print(gen.__name__, gen.__qualname__, inspect.isgenerator(gen), inspect.isgeneratorfunction(g))
def running():
    yield inspect.getgeneratorstate(me)
me = running()
print(next(me))
def self_next():
    yield next(sg)
sg = self_next()
try:
    next(sg)
except ValueError as e:
    print("ValueError:", e)
print(type(g()).__name__, type(x for x in []).__name__)
