# SyntaxErrors of except*, reported by compile()
sources = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno, "| offset", e.offset)
