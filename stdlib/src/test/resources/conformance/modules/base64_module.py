# base64 / binascii encodings
import base64, binascii
raw = b"Many hands make light work."
print(base64.b64encode(raw), base64.b64decode(base64.b64encode(raw)) == raw)
for n in range(5):
    print(n, base64.b64encode(b"x" * n), base64.b32encode(b"x" * n), base64.b16encode(b"x" * n))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b85decode(base64.b85encode(b"\x00\x01")))
print(base64.b64decode("aGVsbG8=").decode(), base64.b32decode("NBSWY3DP"), base64.b16decode("48656C6C6F"))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.b2a_base64(b"hi"))
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
