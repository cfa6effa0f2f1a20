# __repr__, __str__, __format__
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
for o in [OnlyRepr(), Both()]:
    print(str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o), [o], (o,), {"k": o})
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        print("format spec", repr(spec))
        if spec == "cents":
            return f"{int(self.v * 100)}c"
        return "$" + format(self.v, spec or ".2f")
m = Money(3.5)
print(f"{m}", f"{m:cents}", f"{m:>10.1f}", format(m, ""), "{:cents}".format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "")[:10])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    pass
print(repr(StrSub("x")), str(StrSub("y")), type(str(StrSub("y"))).__name__)
class IntSub(int):
    def __repr__(self):
        return f"IntSub({int(self)})"
print(IntSub(5), repr(IntSub(5)), f"{IntSub(5)}", str(IntSub(5)), IntSub(5) + 1)
print(repr(object()).startswith("<object object at"), repr(Both), repr(len))
