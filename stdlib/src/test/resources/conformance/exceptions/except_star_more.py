# except*: what each clause raises, re-raises or leaves unhandled, and how it comes out
import sys
import traceback

def run(title, body):
    print("--", title)
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            print("  leaves:", [type(x).__name__ for x in e.exceptions], "context:", type(e.__context__).__name__)

def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in handler, exc_info:", repr(sys.exc_info()[1]))
        raise
run("bare raise keeps structure", reraise_bare)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run("new exception plus unhandled rest", raise_new)

def raise_new_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise RuntimeError("from handler") from g
run("new exception alone", raise_new_only)

def nested_structure():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as g:
        print("matched:", repr(g))
    except* OSError as g:
        print("matched:", repr(g))
run("nested groups keep their nesting", nested_structure)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run("a plain exception that no clause matches", naked_unmatched)

def naked_matched_then_raise():
    try:
        raise KeyError("k")
    except* KeyError as g:
        print("wrapped:", repr(g), g.__traceback__ is not None)
        raise
run("a wrapped plain exception re-raised", naked_matched_then_raise)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as g:
        print("tuple matched:", repr(g))
run("a tuple of types", tuple_types)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", bad_type)

def not_exception_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run("except* int", not_exception_type)

def else_finally():
    try:
        print("body ok")
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("no else")
    finally:
        print("finally after handler")
run("else and finally", else_finally)

def loop_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                break
        print("loop in handler broke at", i)
run("break in a loop inside except*", loop_inside)

def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("caught KeyboardInterrupt part")
run("BaseExceptionGroup", base_group)

print("-- split, subgroup, derive")
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
eg.add_note("a note")
m, r = eg.split(TypeError)
print(repr(m), repr(r), m.__notes__, r.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))), repr(eg.subgroup(KeyError)))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
mine = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(mine.split(ValueError)))
print(type(ExceptionGroup("x", [ValueError()]).derive([KeyError()])).__name__)
for args in [("m",), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

print("-- formatted")
try:
    try:
        raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
