# bisect
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
records = [(1, "a"), (3, "c"), (5, "e")]
keys = [r[0] for r in records]
print(records[bisect.bisect_left(keys, 3)])
print(bisect.bisect_left(records, 4, key=lambda r: r[0]))
bisect.insort(records, (4, "d"), key=lambda r: r[0])
print(records)
def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    return i if i < len(seq) and seq[i] == x else -1
print(index_of([1, 3, 5, 7], 5), index_of([1, 3, 5, 7], 4))
