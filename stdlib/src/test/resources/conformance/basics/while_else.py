# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 10
while n > 0:
    if n % 7 == 0:
        print("found", n)
        break
    n -= 1
else:
    print("not found")
n = 3
while n:
    n -= 1
else:
    print("else runs, n =", n)
while False:
    print("never")
else:
    print("else of never-entered loop")
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz 27 steps", steps)
