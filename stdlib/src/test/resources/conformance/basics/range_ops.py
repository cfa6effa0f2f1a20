# range objects
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1])
print(7 in r, 8 in r, r.index(10), r.count(4))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(list(range(-5, 5, 4)), list(range(5, -5, -4)))
print(repr(range(3)), repr(range(1, 4, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step)
