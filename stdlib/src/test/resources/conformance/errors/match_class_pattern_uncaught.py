# an error raised by a class pattern: the traceback points at the pattern
class K:
    __match_args__ = ("a",)
def f(v):
    match v:
        case 1:
            pass
        case K(1, 2):
            pass
f(K())
