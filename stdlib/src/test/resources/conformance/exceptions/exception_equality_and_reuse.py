# exceptions are ordinary objects: compare, store, reuse
a = ValueError("x")
b = ValueError("x")
print(a == b, a is b, a == a, a.args == b.args)
errors = []
for text in ["1", "two", "3", "four"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print(type(errors[0]) is ValueError)
def raiser(exc):
    raise exc
for e in errors:
    try:
        raiser(e)
    except ValueError as again:
        print("reraised same object:", again is e)
class Err(Exception):
    def __eq__(self, other):
        return isinstance(other, Err) and self.args == other.args
    __hash__ = Exception.__hash__
print(Err(1) == Err(1), Err(1) == Err(2))
d = {KeyError: "k", ValueError: "v"}
try:
    {}["x"]
except Exception as e:
    print("lookup by class:", d[type(e)])
