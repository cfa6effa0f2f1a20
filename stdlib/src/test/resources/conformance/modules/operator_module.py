# operator module
import operator as op
print(op.add(2, 3), op.sub(5, 2), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-2), op.abs(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem("abc", 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.index(5), op.length_hint([1, 2, 3]))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [P("x", 30), P("y", 20)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]), op.attrgetter("inner.inner.name")(people[1]))
print(op.methodcaller("greet", "Hi")(people[0]), op.methodcaller("greet", "Yo", punct="?")(people[1]))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul([0], 3))
print(op.matmul.__name__, op.add.__name__)
