# assignment expressions
data = [1, 5, 10, 15, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("v", v)
def check(s):
    return (m := s.find("x")) >= 0 and m
print(check("abxd"), check("abc"))
total = 0
print([total := total + i for i in range(5)], total)
print((z := 5) + z)
values = {"a": 1}
if (got := values.get("a")) is not None:
    print("got", got)
print(f"{(w := 3) * 2} {w}")
