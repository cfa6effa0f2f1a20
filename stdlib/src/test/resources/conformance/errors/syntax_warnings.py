# compile-time SyntaxWarnings, caught with warnings.catch_warnings
import warnings
sources = [
    "x is 1", "x is not 'a'", "x is None", "x is True", "x is ...", "x is ()", "x is (1, 2)", "1 is x",
    "x is -1", "a < b is 2", "if x is 1: pass", "while x is not 0.5: pass",
    "assert (x, 'message')", "assert ()", "assert x, 'ok'",
    "[1, 2](3)", "(1, 2)(3)", "'abc'(1)", "{1: 2}(x)", "{1}()", "f'x'()", "(x for x in y)()", "5()", "None()",
    "[x for x in y]()", "f(1)(2)",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<test>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    code = compile("y = 1 is 1", "<test>", "exec")
ns = {}
exec(code, ns)
print("compiled and ran under 'ignore':", ns["y"])
# under the "error" filter the warning becomes a SyntaxError (without text: the source is no file)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "if y:\n    assert (1, 2)"]:
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.text)
for src in ["return 1", "nonlocal x", "def f(a, a): pass", "break", "def g():\n    x = 1\n    global x"]:
    try:
        compile(src, "<t>", "exec")
    except SyntaxError as e:
        print(e.msg, repr(e.text), e.lineno, e.offset)
