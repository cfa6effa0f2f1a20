# plain function-call loops in the style of the threading seeds, run single-threaded with small n
def somefunc(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total
def otherfunc(n):
    s = []
    for i in range(n):
        s.append(str(i % 10))
    return len("".join(s)), s.count("3")
def mixed(n):
    d = {}
    for i in range(n):
        d[i % 13] = d.get(i % 13, 0) + i
    return sum(d.values()), max(d, key=d.get)
results = []
for round_no in range(5):
    n = 1000 * (round_no + 1)
    a = somefunc(n)
    b = otherfunc(n)
    c = mixed(n)
    results.append((n, a, b, c))
    print(f"round {round_no}: n={n} somefunc={a} otherfunc={b} mixed={c}")
print("checksum", sum(r[1] for r in results) + sum(r[2][1] for r in results) + sum(r[3][0] for r in results))
counter = 0
def bump(k):
    global counter
    for _ in range(k):
        counter += 1
for _ in range(10):
    bump(500)
print("counter", counter)
