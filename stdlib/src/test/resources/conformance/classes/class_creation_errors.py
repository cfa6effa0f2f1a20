# errors while creating classes: bases, MRO, metaclasses, __slots__
class A: pass
class B(A): pass
attempts = {
    "duplicate base": lambda: type("X", (A, A), {}),
    "inconsistent MRO": lambda: type("X", (A, B), {}),
    "base not a class": lambda: type("X", (1,), {}),
    "bool is final": lambda: type("X", (bool,), {}),
    "layout conflict": lambda: type("X", (int, str), {}),
    "slots conflict": lambda: type("X", (), {"__slots__": ("a",), "a": 1}),
    "slots on int": lambda: type("X", (int,), {"__slots__": ("a",)}),
    "slots item": lambda: type("X", (), {"__slots__": (1,)}),
    "type() args": lambda: type("X", (A,)),
    "name not str": lambda: type(1, (), {}),
    "metaclass conflict": lambda: type("X", (A, type("M", (type,), {})("Y", (), {})), {}),
}
for what, make in attempts.items():
    try:
        make()
        print(what, "-> created")
    except TypeError as e:
        print(what, "-> TypeError:", e)
    except ValueError as e:
        print(what, "-> ValueError:", e)
try:
    class C(A, A):
        pass
except TypeError as e:
    print("class statement:", e)
