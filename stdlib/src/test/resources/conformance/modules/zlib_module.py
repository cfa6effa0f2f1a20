# zlib: checksums and compression round trips
import zlib
data = b"hello hello hello hello zlib " * 20
print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"wiki"))
comp = zlib.compress(data)
print(len(data), len(comp) < len(data), zlib.decompress(comp) == data)
for level in (0, 1, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data)
co = zlib.compressobj()
chunks = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
do = zlib.decompressobj()
print(do.decompress(chunks) + do.flush() == data)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.crc32("text".encode()) & 0xffffffff, hex(zlib.crc32(b"The quick brown fox jumps over the lazy dog")))
