# a hand-written JSON-like parser and pretty printer (no json module)
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            assert self.s[self.i] == ":", f"expected ':' at {self.i}"
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
    def string(self):
        self.i += 1
        start = self.i
        while self.s[self.i] != '"':
            self.i += 1
        r = self.s[start:self.i]
        self.i += 1
        return r
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        t = self.s[start:self.i]
        return float(t) if any(ch in t for ch in ".eE") else int(t)
def pretty(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {pretty(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(pretty(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + "  " + pretty(x, indent + 1) for x in v) + "\n" + pad + "]"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v + '"'
    return repr(v)
src = '{"name":"demo","version":1.5,"tags":["a","b"],"owner":{"id":42,"active":true,"email":null},' \
      '"items":[{"sku":"x1","qty":3},{"sku":"y2","qty":-1e3,"extra":[]}],"empty":{}}'
data = Parser(src).value()
print(data)
print(pretty(data))
print(Parser("[1, [2, [3, []]], 4.25]").value())
