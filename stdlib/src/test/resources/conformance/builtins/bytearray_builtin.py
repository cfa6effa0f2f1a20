# bytearray constructor and mutation
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = ord("J")
ba[1:3] = b"EE"
print(ba)
ba.extend([33, 33])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"l"), ba.index(b"o"))
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(range(65, 70)))
print(bytearray(b"abc") + b"def", bytearray(b"ab") * 2, b"x" in bytearray(b"xyz"))
ba2 = bytearray(b"abc")
ba2 += b"d"
del ba2[0]
print(ba2, ba2.upper(), ba2.decode(), bytes(ba2), ba2 == b"bcd")
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba2)
except TypeError as e:
    print("TypeError:", e)
ba3 = bytearray(b"  x  ")
print(ba3.strip(), ba3.replace(b" ", b"."), ba3.split(), bytearray.fromhex("41 42").hex())
ba3.clear()
print(ba3, len(ba3))
