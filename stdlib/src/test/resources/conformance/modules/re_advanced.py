# re: named groups, compiled patterns, lookarounds, verbose mode, backrefs
import re
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
m = date.search("released on 2023-10-02 officially")
print(m.group("year"), m["month"], m.groupdict(), m.expand(r"\g<day>/\g<month>/\g<year>"))
print(date.sub(r"\g<day>.\g<month>.\g<year>", "2020-01-31 and 1999-12-25"))
print(date.pattern, date.groups, sorted(date.groupindex.items()), bool(date.flags & re.UNICODE))
print(re.findall(r"\w+(?=!)", "wow! nice yes!"), re.findall(r"(?<=\$)\d+", "$10 and $200, 5"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.sub(r"(\w)\1", r"<\1\1>", "balloon bookkeeper"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code
    [\s.-]?         # separator
    (\d{3})         # prefix
    [\s.-]?
    (\d{4})         # line
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    mm = phone.search(s)
    print(s, "->", mm.groups() if mm else None)
print(re.findall(r"(?:ab)+", "ababxab"), re.findall(r"(ab)+", "ababxab"))
tokens = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<op>[-+*/()])|(?P<name>[a-z]+))")
print([(mt.lastgroup, mt.group(mt.lastgroup)) for mt in tokens.finditer("x + 3.5*(y-42)")])
print(re.split(r"\b", "hi there") if False else re.split(r"\s*,\s*", "a , b,c ,d"))
p = re.compile(r"\d+")
print(p.match("abc123", 3).group(), p.search("x9y88", 2).group(), p.findall("1 22 333", 2), p.fullmatch("123"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.compile("a", re.I | re.M).flags & (re.I | re.M) == (re.I | re.M))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
print(re.match(r"(\d+)-(\d+)", "10-20").span(2), re.purge() is None)
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\w+", "日本 語"), re.findall(rb"\d", b"a1b2"))
