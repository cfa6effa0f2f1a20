# an exception group nobody handles: CPython's boxed traceback on stderr
def fail(n):
    raise ValueError(f"bad {n}")

def gather():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("gathered", errors + [ExceptionGroup("inner", [TypeError("t")])])

try:
    gather()
except* TypeError:
    print("handled the TypeError")
