# order of try/except/else/finally clauses
def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "type":
            raise TypeError("t")
        log.append("try end")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (TypeError, KeyError) as e:
        log.append(f"except tuple {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in (None, "value", "type"):
    print(mode, run(mode))
def uncaught():
    try:
        raise KeyError("x")
    except ValueError:
        print("not here")
    finally:
        print("finally runs before propagation")
try:
    uncaught()
except KeyError as e:
    print("outer caught", repr(e))
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else raise")
try:
    else_raises()
except RuntimeError as e:
    print("caught", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer except", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
