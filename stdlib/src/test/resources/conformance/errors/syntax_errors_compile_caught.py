# syntax errors reported by compile(): message and line number
sources = [
    "x = (1, 2",
    "if True\n    pass",
    "x = 1 +* 2",
    "1 = x",
    "def f():\nreturn 1",
    "def f():\n    x = 1\n      y = 2",
    "return 5",
    "s = 'abc",
    "f(a for a in b, c)",
    "x = [1, 2,, 3]",
    "del 5",
    "a, b += 1",
    "def f(a, a): pass",
    "nonlocal x",
    "class C:\n    break",
    "x = 1\nyield x",
    "f(x=1, 2)",
    "def f(x=1, y): pass",
    "import",
    "lambda: (yield)",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
