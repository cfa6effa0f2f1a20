# Conway's game of life on a small torus
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = ((r + dr) % h, (c + dc) % w)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def show(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 12, 16
board = parse([
    "..........",
    "..#.....##",
    "...#....##",
    ".###......",
    "..........",
    "..........",
    "..........",
    "..........",
])
for gen in range(5):
    print(f"generation {gen} ({len(board)} alive)")
    print(show(board, H, W))
    board = step(board, H, W)
history = []
for gen in range(40):
    history.append(len(board))
    board = step(board, H, W)
print(history)
print(sorted(board)[:6])
