# repr of strings: quote choice and escapes
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline",
         "back\\slash", "\x00\x01\x7f", "caf\u00e9", "\u20ac", "\U0001F600", "\r", "\x80\xff",
         "\u200b", "a\u0300", "\ud800" if False else "ok"]
for c in cases:
    print(repr(c))
print(str("it's"), repr(repr("a")))
print(["a", "b'c", 'd"e'])
print({"k": "v'"})
print(("x",))
print(ascii("café €"), ascii("plain"))
print(repr("\a\b\f\v"))
print(len("\U0001F600"), len("é"))
