# string module constants, Template, Formatter, capwords
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace))
print(len(string.printable), string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}s, costing $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2))
f = string.Formatter()
print(f.format("{0}-{x}", "pos", x="kw"), list(f.parse("a{0}b{name!r:>5}c")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {}", "spam", "eggs"))
