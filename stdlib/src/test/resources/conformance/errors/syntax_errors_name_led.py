# SyntaxErrors of statements that start with a name (a match statement starts with one too)
sources = [
    "print x:", "print x = 3", "print 'a', b", "exec 'code' in ns", "print x; y = 1", "foo x:\n    pass",
    "foo x y", "f(a b)", "x = 1 +", "match x", "match x:\n    pass", "match x:\ncase 1:\n    pass",
    "match x:\n    case 1:\n    pass", "match:\n    case 1: pass", "case 1:\n    pass", "x: int = ", "a.b c",
    "match x:\n    case 1 + :\n        pass", "match x, *y:\n    case 1:\n        pass",
]
for src in sources:
    try:
        compile(src + "\n", "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_offset)
