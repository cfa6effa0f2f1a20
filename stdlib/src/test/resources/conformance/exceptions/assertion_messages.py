# assert statement messages
def check(x):
    assert x > 0, f"expected positive, got {x}"
    assert isinstance(x, int), ("tuple", x)
    return x
print(check(5))
for v in [-1, 2.5]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)
try:
    assert 0
except AssertionError as e:
    print("bare assert:", repr(e), repr(str(e)))
try:
    assert [], []
except AssertionError as e:
    print("list message:", e.args)
try:
    assert None, None
except AssertionError as e:
    print("None message:", e.args, repr(str(e)))
def never_called():
    raise RuntimeError("should not evaluate")
assert True, never_called()
print("message not evaluated when assertion passes")
