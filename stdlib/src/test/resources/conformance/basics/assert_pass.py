# assert statements that pass, pass/ellipsis statements
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty"
def noop():
    pass
def stub():
    ...
print(noop(), stub(), ..., Ellipsis is ...)
class Empty:
    pass
print(type(Empty()).__name__)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
x = 5
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print("AssertionError:", e)
print("done")
