# chr and ord
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("€"), ord("\U0001F600"), ord("\n"))
print(ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(chr(0x10FFFF) == "\U0010FFFF", len(chr(0x10FFFF)))
