# len() of builtin containers and user classes
print(len(""), len("abc"), len("日本"), len(b"\x00\x01"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1}), len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(10, 0, -3)))
print(len(bytearray(5)), len(range(0)), len(dict.fromkeys(range(100))), len(memoryview(b"abcd")))
class L:
    def __len__(self):
        return 42
print(len(L()))
import collections
print(len(collections.deque([1, 2])), len(collections.Counter("hello")), len(collections.OrderedDict(a=1)))
try:
    len(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print("OverflowError:", e)
