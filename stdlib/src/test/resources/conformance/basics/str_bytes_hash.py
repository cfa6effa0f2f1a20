# gilpy hashes str and bytes as CPython does under PYTHONHASHSEED=0 (SipHash-1-3, zero key)
for s in ["", "a", "abc", "hello world", "é", "naïve", "☃ snow", "😀", "x" * 100, "\x00", "\uffff"]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"abc", bytes(range(256)), b"\xff" * 9]:
    print(b[:8], hash(b))
print(hash("abc") == hash(b"abc"), hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(("a", 1, (2.5, "b"))), hash(frozenset({"a", "b", "c"})))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({w: len(w) for w in words}.keys() | {"cat"})
