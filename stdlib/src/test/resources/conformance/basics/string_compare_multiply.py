# string comparisons, repetition, membership, iteration
print("apple" < "banana", "Apple" < "apple", "apple" < "apples", "b" > "abc")
print(ord("A"), ord("a"), "A" < "a")
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa")
print(min("hello"), max("hello"), sorted("hello"))
for ch in "hey":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2, "-" * 20)
print("abc" + "def", "x".join("123"))
print("%s" % "A" * 3)
print(str(123) + "4", int("12") + 4)
print(len(""), len(" "), "" == "", bool(""))
print("Hello"[1:] + "Hello"[:1] + "ay")
print("a b c".replace(" ", ""))
