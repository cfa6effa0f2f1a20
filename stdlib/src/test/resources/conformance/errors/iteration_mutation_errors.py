# RuntimeError when containers change size during iteration
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {1: 1, 2: 2}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print("RuntimeError:", e)
import collections
dq = collections.deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x * 10)
print("lists allow it:", lst)
d3 = {1: 1}
for k in list(d3):
    d3[k + 1] = 1
print("iterate over a copy:", d3)
