# Building strings: concatenation, f-strings, join, slicing and methods.
parts = []
text = ""
for i in range(400_000):
    word = f"w{i % 97}-{i % 13}"
    parts.append(word.upper() if i % 5 == 0 else word)
    if i % 1000 == 0:
        text += word[:3]
joined = ",".join(parts)
checksum = 0
for piece in joined.split(",")[::7]:
    checksum = (checksum * 31 + len(piece) + ord(piece[-1])) % 1_000_000_007
print("strings", len(joined), len(text), joined.count("W1"), checksum)
