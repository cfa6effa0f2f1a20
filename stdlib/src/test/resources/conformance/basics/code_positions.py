# code.co_positions() and co_lines(): the source span of each instruction
def f(a, b):
    x = a + b
    return x * 2

pos = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in pos), pos[-1])
print(sorted({p[0] for p in pos if p[0] is not None}))
spans = {(p[0], p[2], p[3]) for p in pos if p[0] is not None}
print((3, 8, 13) in spans, (4, 11, 16) in spans, (4, 4, 16) in spans)
lines = list(f.__code__.co_lines())
print(lines[0][0], all(s < e for s, e, _ in lines), sorted({l for _, _, l in lines if l}))
print(all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
g = compile("y = (a +\n     b)\n", "<s>", "exec")
print(sorted({(p[0], p[1]) for p in g.co_positions() if p[0] and p[1] != p[0]}))
