# String searching and replacing
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.replace("the", "a"), s.replace("o", "0", 2))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print("fox" in s, "cat" not in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.partition(" "), s.rpartition(" "))
print("noseparator".partition(":"))
print("a,b,,c".count(","), "mississippi".count("ss"), "mississippi".find("ss", 3))
t = "abc".maketrans("abc", "xyz")
print("aabbcc".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("%s" % "x".join(["1", "2", "3"]))
print("Mississippi".lower().count("i"), "banana".rfind("an"), "banana".find("an", -3))
