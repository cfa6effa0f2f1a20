# pickle.dumps of builtin values gives CPython's bytes for every protocol, and loads gives them back.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, -2**31, 2**31 - 1, 2**31, 2**63, 2**100, -2**100,
          1.5, -0.0, 1e300, float("inf"), 1j, 2.5 - 3j, "", "abc", "é\n\\\r\x00\x1a", "日本", "\U0001f600",
          b"", b"ab", b"\x00\xff" * 200, bytearray(), bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1], [1, 2], list(range(10)), {}, {"a": 1}, {"a": 1, "b": [2, (3,)]}, {1: "x", (2, 3): None},
          set(), {1, 2, 3}, frozenset(), frozenset([1]), frozenset([4, 5]), range(1, 10, 2), slice(1, 2, 3),
          int, str, type(None), type(NotImplemented), type(...), len, NotImplemented, ...]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back is v or back == v or (v != v and back != back)
        print(f"  {v!r:.40}: {data!r:.200} {same} {type(back).__name__}")

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.dumps(123) == pickle.dumps(123, pickle.DEFAULT_PROTOCOL), pickle.dumps(123, -1) == pickle.dumps(123, 5))
