# truth value testing
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          set(), None, True, False, range(0), range(1), b"", b"\x00", 0j]
for v in values:
    print(repr(v), bool(v), "T" if v else "F")
class Custom:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Custom(0)), bool(Custom(3)))
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B()), not B())
class Empty:
    pass
print(bool(Empty()))
if [] or {}:
    print("no")
elif [0]:
    print("non-empty list is true")
