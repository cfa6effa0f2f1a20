# bytes constructor and methods
print(bytes(), bytes(4), bytes([72, 105]), bytes("hé", "utf-8"), bytes(b"copy"), bytes(range(3)))
b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.isalpha(), b[:5].isalpha(), b"123".isdigit())
print(b.split(b", "), b.partition(b","), b.startswith(b"He"), b.endswith(b"ld"), b.find(b"o"), b.rfind(b"o"))
print(b.center(16, b"*"), b.ljust(14, b"-"), b.zfill(14), b.count(b"l"), b.index(b"W"))
print(list(b[:3]), b[0], b[-1:], b[::-1], b + b"!", b * 2)
print(b.hex(), b.hex(":"), bytes.fromhex("48 65 6c"), b"\x00\x01".hex())
print(b.decode("ascii"), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(repr(b"\r\n\t\\ 'x'"), repr(b'"'), repr(b"'\""))
print(b"%s is %d" % (b"x", 5), b"%05.1f" % 3.14159, b"%x" % 255)
print(b"a,b,,c".split(b","), b" a b ".split(), b"x".join([b"1", b"2"]), b"ab".translate(None, b"a"))
print(b"abc" < b"abd", b"a" * 0 == b"", bytes.maketrans(b"ab", b"xy"), b"abba".translate(bytes.maketrans(b"ab", b"xy")))
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([1, 256])
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), (1024).to_bytes(4, "big"))
