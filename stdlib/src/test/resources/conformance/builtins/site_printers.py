# copyright, credits and license are CPython's _sitebuiltins._Printer, help its _Helper: their
# types, the repr of a short and of a long text, and paging through a long one with the
# "Hit Return for more, or q (and Return) to quit: " prompt (their own texts are gilpy's).
import io
import sys

Printer = type(license)
print(Printer.__name__, Printer.__module__, type(help).__name__, type(help).__module__)
print(type(copyright) is Printer, type(credits) is Printer, callable(license))
print(repr(help))
print(type(repr(copyright)), type(repr(credits)), type(repr(license)))

long = Printer("long", "\n".join("line %d" % i for i in range(50)))
print(repr(long))
short = Printer("short", "a\nb")
print(repr(short))
short()
sys.stdin = io.StringIO("x\n\n\n")
long()
sys.stdin = io.StringIO("q\n")
long()
exact = Printer("exact", "\n".join(str(i) for i in range(23)))
print(repr(exact)[:10])
sys.stdin = io.StringIO("\n")
exact()
print(repr(Printer("f", "fallback", ("nofile.txt", "site_printers.py"), ("/nonexistent", ".")))[:30])
print(repr(Printer("g", "fallback", ("nofile.txt",), ("/nonexistent", "."))))
try:
    long()
except EOFError as e:
    print("EOFError", e)
