# N-queens by backtracking: counts and first solutions drawn
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
for s in sols:
    print(s)
first8 = solve(8)[0]
for r in range(8):
    print(" ".join("Q" if first8[r] == c else "." for c in range(8)))
