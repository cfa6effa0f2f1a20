# struct pack/unpack
import struct
p = struct.pack("<HiQ", 1, -2, 2 ** 40)
print(p, len(p), struct.unpack("<HiQ", p), struct.calcsize("<HiQ"), struct.calcsize("HiQ"))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<I", 0xDEADBEEF).hex(), struct.unpack(">h", b"\xff\xfe"))
print(struct.pack("<f", 1.5).hex(), struct.pack(">d", -0.1).hex(), struct.unpack("<d", struct.pack("<d", 3.14159))[0])
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("?b", True, -1), struct.pack("c", b"x"))
print(struct.unpack("<4B", b"\x01\x02\x03\x04"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
s = struct.Struct("<2sxh")
print(s.size, s.pack(b"hi", 7), s.unpack(b"hi\x00\x07\x00"), s.format)
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 5, -5)
print(buf, struct.unpack_from("<h", buf, 4))
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
