# conditional expressions
for n in [-5, 0, 7]:
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
x = 1 if True else 1 / 0
y = 1 / 0 if False else 2
print(x, y)
f = (lambda a: "even" if a % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print(("a" if 0 else "b") + "c")
print(max(3, 4) if 3 > 2 else min(3, 4))
s = ""
print(s if s else "<empty>")
z = [1, 2] if len("ab") == 2 else None
print(z)
