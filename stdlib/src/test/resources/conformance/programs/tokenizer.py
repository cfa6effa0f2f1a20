# a regex-free tokenizer for a small expression language, plus a shunting-yard evaluator
KEYWORDS = {"let", "in", "if", "then", "else"}
def tokenize(src):
    tokens = []
    i, line = 0, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j], line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word, line))
            i = j
        elif c == '"':
            j = i + 1
            while src[j] != '"':
                j += 1
            tokens.append(("STR", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif c in "+-*/()=<>,":
            tokens.append(("OP", c, line))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} on line {line}")
    return tokens
source = '''let x = 42   # the answer
let name_2 = "hello world"
if x >= 10 then y = x ** 2 else y = (x + 1) * 3.5
print(name_2, y != 0)'''
for tok in tokenize(source):
    print(tok)
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}
def to_rpn(tokens):
    out, stack = [], []
    for kind, val, _ in tokens:
        if kind == "NUM":
            out.append(float(val) if "." in val else int(val))
        elif val == "(":
            stack.append(val)
        elif val == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[val] or (PREC[stack[-1]] == PREC[val] and val != "**")):
                out.append(stack.pop())
            stack.append(val)
    return out + stack[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "**": a ** b}[t])
        else:
            st.append(t)
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 / 4 - 1", "2 * (3 + 4) * (5 - 1)"]:
    rpn = to_rpn(tokenize(expr))
    print(expr, "->", rpn, "=", eval_rpn(rpn))
try:
    tokenize("a = $")
except SyntaxError as e:
    print("SyntaxError:", e)
