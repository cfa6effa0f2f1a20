# exception raised inside an except block gets the handled one as __context__
def risky():
    try:
        [][0]
    except IndexError as first:
        print("handling", type(first).__name__)
        return {}["missing"]
try:
    risky()
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        raise ValueError("one")
    finally:
        print("finally sees pending exception")
        raise TypeError("two")
except TypeError as e:
    print("finally replaced:", e, "context:", repr(e.__context__))
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raise self: context is", e2.__context__)
