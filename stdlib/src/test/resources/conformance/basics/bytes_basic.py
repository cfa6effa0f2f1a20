# bytes and bytearray basics
b = b"hello"
print(b, b[0], b[1:3], len(b), list(b[:2]))
print(b.upper(), b + b" world", b * 2, b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode())
print(b.hex(), bytes.fromhex("6869 21"), b.find(b"l"), b.count(b"l"))
print(b.split(b"l"), b"-".join([b"a", b"b"]), b.replace(b"l", b"L"))
print(repr(b"\x00\n\t'\""), repr(b"'"), b"\x7f\x80")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba))
del ba[1]
print(ba, ba.pop(), ba)
print(b"abc" < b"abd", b"a" == bytearray(b"a"))
print(b"  x ".strip(), b"a,b".split(b","), b"AbC".lower(), b"abc".startswith(b"ab"))
print("caf\u00e9".encode("latin-1"), "x".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(bytes(range(5)), bytearray(2), b"%d" % 5)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
