# the TypeErrors of operators on instances of Python classes name the classes as CPython does
class A:
    pass
class B:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
class Outer:
    class Inner:
        pass
checks = [
    lambda: A() + 1, lambda: 1 + A(), lambda: B() + 2, lambda: 2 + B(), lambda: A() + "s",
    lambda: [] + A(), lambda: "s" + A(), lambda: (1,) + A(), lambda: A() - A(), lambda: A() * 2.5,
    lambda: A() @ A(), lambda: A() ** 2, lambda: 2 ** A(), lambda: A() // 1, lambda: A() % 1,
    lambda: A() < A(), lambda: A() >= 1, lambda: 1 < A(), lambda: -A(), lambda: +A(), lambda: ~A(),
    lambda: A()[0], lambda: len(A()), lambda: A()(), lambda: iter(A()), lambda: 1 in A(),
    lambda: Outer.Inner() + 1, lambda: abs(A()), lambda: A() << 1, lambda: A() & A(), lambda: divmod(A(), 1),
    lambda: hash([]), lambda: {}[[]], lambda: [] in {}, lambda: {}.get([]), lambda: [] in set(),
    lambda: {}.__delitem__([]), lambda: {}.setdefault([]), lambda: round(A()), lambda: int(A()), lambda: float(A()),
]
for check in checks:
    try:
        check()
        print("no error")
    except TypeError as e:
        print(e)
x = A()
for op in ["+=", "-=", "*=", "|=", "<<="]:
    try:
        exec(f"x {op} 1")
    except TypeError as e:
        print(e)
