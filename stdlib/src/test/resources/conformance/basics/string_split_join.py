# split, rsplit, splitlines, join
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1))
print("a,b,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), ",".split(","))
print("a--b--c".split("--"), "abc".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("x\ny\n".splitlines(), "x\ny\n".splitlines(True), "x\ny\n".split("\n"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(5)))
print(" ".join("abc"), "+".join(("1",)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
words = "The rain in Spain stays mainly in the plain".split()
print(len(words), words[::2])
print(" ".join(reversed(words)))
print(" ".join(w.capitalize() for w in words))
print("a b\tc\nd".split())
print("1 2 3".rsplit(maxsplit=1))
