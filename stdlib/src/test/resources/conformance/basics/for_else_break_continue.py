# for loops: else, break, continue, nested loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for c in "abc":
    if c == "b":
        continue
    print(c)
else:
    print("done chars")
for i in []:
    print("never")
else:
    print("empty loop else")
result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
for i in range(3):
    pass
print("i after loop", i)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print("x", x)
print(lst)
for i, ch in enumerate("xyz", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
