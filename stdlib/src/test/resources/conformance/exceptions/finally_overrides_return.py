# return/break/continue in finally override pending returns and exceptions
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(f2())
def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f3())
def f4():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f4())
def f5():
    for i in range(5):
        try:
            if i == 2:
                return f"return at {i}"
        finally:
            if i == 2:
                print("finally at 2, breaking")
                break
    return "after loop"
print(f5())
def f6():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(i)
        finally:
            continue
    return results
print(f6())
def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
def f8(n):
    try:
        if n:
            return "early"
    finally:
        print("cleanup", n)
    return "late"
print(f8(1), f8(0))
