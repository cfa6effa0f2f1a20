# hashlib digests of fixed inputs
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox jumps over the lazy dog")
    print(name, h.hexdigest(), h.digest_size)
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.name, h.block_size)
c = h.copy()
c.update(b"!")
print(h.hexdigest()[:16], c.hexdigest()[:16])
print(hashlib.md5("ünïcödé".encode("utf-8")).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.blake2b(b"data", digest_size=16).hexdigest(), hashlib.shake_128(b"x").hexdigest(8))
import hmac
print(hmac.new(b"key", b"message", "sha256").hexdigest())
