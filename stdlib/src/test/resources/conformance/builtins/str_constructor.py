# str() constructor forms
print(str(), str(42), str(-3.5), str(True), str(None), str([1, "a"]), str({"k": (1,)}), str(b"bytes"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"a\xffb", "utf-8", "replace"), str(bytearray(b"x"), "ascii"))
class S:
    def __str__(self):
        return "custom str"
class R:
    def __repr__(self):
        return "custom repr"
print(str(S()), str(R()), str(str), str(1e100), str(10 ** 20), str(0.1), str(1 / 3))
print(str("already"), str("x") is not None, type(str(5)).__name__)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
