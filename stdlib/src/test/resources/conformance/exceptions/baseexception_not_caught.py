# except Exception does not catch BaseException subclasses
def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"Exception caught {type(e).__name__}"
    except BaseException as b:
        return f"only BaseException caught {type(b).__name__}"
for exc in [ValueError(), SystemExit(1), KeyboardInterrupt(), GeneratorExit(), StopIteration()]:
    print(attempt(exc))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", type(e).__name__, e.args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with non-class only checked when an exception occurs")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
