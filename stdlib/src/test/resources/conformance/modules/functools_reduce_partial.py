# functools.reduce and functools.partial
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), reduce(max, [3, 9, 2]), reduce(operator.add, ["a", "b"], "start-"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), partial(power, mod=7)(3, 4))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
int_base2 = partial(int, base=2)
print(int_base2("1011"), list(map(partial(int, base=16), ["ff", "10"])))
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>, 1"))
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
