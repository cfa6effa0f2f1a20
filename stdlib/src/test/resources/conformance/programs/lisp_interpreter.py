# a tiny Scheme-like interpreter
import math, operator as op
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name}")
        return self.outer.find(name)
def standard_env():
    env = Env()
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq,
                "<=": op.le, "abs": abs, "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
                "list": lambda *a: list(a), "null?": lambda x: x == [], "sqrt": math.sqrt, "pi": math.pi,
                "begin": lambda *a: a[-1], "length": len, "max": max})
    return env
class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head = x[0]
    if head == "quote":
        return x[1]
    if head == "if":
        _, test, conseq, alt = x
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        env[x[1]] = evaluate(x[2], env)
        return None
    if head == "lambda":
        return Procedure(x[1], x[2], env)
    proc = evaluate(head, env)
    return proc(*[evaluate(a, env) for a in x[1:]])
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return str(v)
env = standard_env()
program = [
    "(define r 10)", "(* pi (* r r))",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))", "(fact 10)", "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
    "(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))",
    "(map fact (list 1 2 3 4 5))",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 7) 35)",
    "(length (quote (a b c d)))", "(car (cdr (quote (1 2 3))))",
    "(begin (define x 5) (* x x))", "(undefined-thing 1)",
]
for src in program:
    try:
        result = evaluate(parse(tokenize(src)), env)
        print(src, "=>", to_str(result))
    except NameError as e:
        print(src, "=> error:", e)
