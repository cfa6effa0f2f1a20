# memoryview basics over bytes and bytearray
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.readonly)
m[0] = ord("A")
print(b)
m2 = memoryview(b"xyz")
print(m2.readonly, bytes(m2[::2]), m2.nbytes, m2.itemsize, m2.format)
try:
    m2[0] = 1
except TypeError as e:
    print("TypeError:", e)
sub = m[2:4]
sub[:] = b"ZZ"
print(b, bytes(sub))
print(m == b"AbZZef", memoryview(b"ab") == memoryview(b"ab"))
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
