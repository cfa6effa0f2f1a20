# __getattribute__ intercepts every lookup
class Logged:
    def __init__(self):
        self.a = 1
    def method(self):
        return "method result"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.a)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "from getattr: " + name
b = Both()
print(b.special, b.other)
class Hidden:
    secret = "s3cr3t"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("access denied")
        return object.__getattribute__(self, name)
h = Hidden()
print(getattr(h, "secret", "fallback"), Hidden.secret)
