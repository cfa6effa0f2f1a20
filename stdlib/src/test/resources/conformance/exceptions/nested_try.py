# nested try statements and propagation through frames
log = []
def inner(kind):
    try:
        log.append("inner try")
        if kind == "v":
            raise ValueError("v")
        if kind == "k":
            raise KeyError("k")
    except ValueError:
        log.append("inner except ValueError")
        raise
    finally:
        log.append("inner finally")
def middle(kind):
    try:
        inner(kind)
    except KeyError:
        log.append("middle except KeyError")
    finally:
        log.append("middle finally")
def outer(kind):
    try:
        middle(kind)
        log.append("outer ok")
    except Exception as e:
        log.append(f"outer except {type(e).__name__}")
for kind in ("none", "v", "k"):
    log.clear()
    outer(kind)
    print(kind, log)
total = 0
for s in ["1", "x", "3", None, "5"]:
    try:
        try:
            total += int(s)
        except ValueError:
            print("bad value", repr(s))
    except TypeError:
        print("bad type", repr(s))
print("total", total)
