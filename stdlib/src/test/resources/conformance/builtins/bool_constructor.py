# bool() and bool as an int subclass
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([]), bool([[]]))
print(bool(None), bool(range(0)), bool(0j), bool(set()), bool(frozenset([0])))
print(True + True, True * 3, True / 2, -True, ~True, True << 3, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | False).__name__)
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", "%d" % True)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0.0, hash(True) == hash(1))
print(sum([True, True, False, True]), [True, False].count(True), {True: "a", 1: "b"})
print(max(True, 0.5), sorted([True, False, 0, 1]))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__name__, bool(bool), True is bool(1))
