# SyntaxErrors of the match statement, reported by compile(): message, line and offset
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case a | 1:\n        pass",
    "match x:\n    case {1: a, 1: b}:\n        pass",
    "match x:\n    case {'a': a, 'a': b}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {**a, 'b': 1}:\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case {a: 1}:\n        pass",
    "match x:\n    case 1+2:\n        pass",
    "match x:\n    case 1j+2j:\n        pass",
    "match x:\n    case y if y:\n        pass\n    case z as w:\n        pass\n    case 2:\n        pass",
    "match x:\n    case *a:\n        pass",
    "match x:\n    case (*a):\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match *x:\n    case 1:\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case {**_}:\n        pass",
    "match x:\n    case (a, b) | [b, c]:\n        pass",
    "match x:\n    case [a, {'k': a}]:\n        pass",
    "match x:\n    case [x] | x:\n        pass\n    case 1:\n        pass",
    "match x:\n    case (a as b) | (b as a):\n        pass\n    case a as a:\n        pass",
    "mtch x:\n    case 1:\n        pass",
    "match x:\n    cse 1:\n        pass",
    "match x:\n    case 1:\n        pass\n    case _:\n        pass\n    case 2:\n        pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno, "| offset", e.offset, e.end_offset)
