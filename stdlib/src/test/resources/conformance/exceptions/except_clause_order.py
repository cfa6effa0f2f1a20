# first matching except clause wins; tuples; subclass ordering
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (ZeroDivisionError, OverflowError) as e:
        return f"arith tuple clause ({type(e).__name__})"
    except ArithmeticError:
        return "ArithmeticError clause"
    except Exception as e:
        return f"generic clause ({type(e).__name__})"
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError(), OverflowError(),
            FloatingPointError(), ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print(type(exc).__name__, "->", classify(exc))
errors = (ValueError, TypeError)
try:
    int(None)
except errors as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except (KeyError, (TypeError, ValueError)) as e:
        print("nested tuple caught", e)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
