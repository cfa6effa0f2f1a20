# ascii() and repr()
vals = ["plain", "café", "日本", "\n\t", "emoji \U0001F600", 'q"uote', "it's", 1, 2.5, None,
        ["é", 1], {"ключ": "значение"}, ("ü",), b"bytes\xff", True]
for v in vals:
    print(repr(v), ascii(v))
class C:
    def __repr__(self):
        return "C(ñ)"
print(repr(C()), ascii(C()), ascii([C()]))
print(repr(repr("x")), ascii("\x00\x7f\x80\xff\u0100"))
