# bare raise re-raises the active exception
def handler():
    try:
        int("bad")
    except ValueError as e:
        print("logging", e)
        raise
try:
    handler()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("restored outer exception:", repr(e))
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    raise err
except TypeError as e:
    print("raised saved object:", e, e is err)
