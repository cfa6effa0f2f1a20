# a peekable iterator wrapper and lookahead parsing with generators
class Peekable:
    _empty = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._empty
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._empty:
            v, self.buf = self.buf, self._empty
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buf is self._empty:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
def numbers_and_ops(text):
    for tok in text.split():
        yield int(tok) if tok.isdigit() else tok
def evaluate(tokens):
    p = Peekable(tokens)
    def term():
        v = next(p)
        while p.peek() in ("*", "/"):
            op = next(p)
            rhs = next(p)
            v = v * rhs if op == "*" else v // rhs
        return v
    v = term()
    while p.peek() in ("+", "-"):
        op = next(p)
        rhs = term()
        v = v + rhs if op == "+" else v - rhs
    return v
for expr in ["1 + 2 * 3", "10 - 4 - 3", "2 * 3 * 4 + 1", "100 / 7 * 7", "5"]:
    print(expr, "=", evaluate(numbers_and_ops(expr)))
p = Peekable(range(3))
print(p.peek(), p.peek(), next(p), next(p), p.peek(), list(p), p.peek("empty"))
