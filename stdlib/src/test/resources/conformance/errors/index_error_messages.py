# IndexError messages
import collections
cases = [
    lambda: [1, 2, 3][3],
    lambda: [][0],
    lambda: [1][-2],
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: b"ab"[2],
    lambda: bytearray(b"a")[3],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: collections.deque().pop(),
    lambda: collections.deque([1])[4],
    lambda: [1, 2].__setitem__(9, 0),
    lambda: [1].__delitem__(3),
    lambda: "".join([])[0],
    lambda: [[1]][0][1],
]
for c in cases:
    try:
        c()
        print("no error")
    except IndexError as e:
        print("IndexError:", e)
print([1, 2, 3][1:100], "abc"[5:], (1,)[-10:])
