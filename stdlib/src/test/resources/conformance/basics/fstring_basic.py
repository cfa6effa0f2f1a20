# f-strings: expressions, conversions, nesting
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{name!r} {name!s} {'café'!a}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{'nested ' + f'{n}'}")
print(f"{{braces}} {{{n}}}")
items = ["a", "b", "c"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[0]}{items[-1]}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{n if n > 40 else 0}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{'a' 'b'}")
x = 3.0
print(f"{x}", f"{x!r}", f"{str(x)}")
print(f"multi"
      f"part {n}")
print(F"upper {n}", rf"raw\n{n}", fr"{n}\t")
class C:
    def __str__(self):
        return "str-C"
    def __repr__(self):
        return "repr-C"
print(f"{C()} {C()!r} {C()!s}")
print(f"{3+4=}" if False else f"{sum([1, 2, 3])}")
