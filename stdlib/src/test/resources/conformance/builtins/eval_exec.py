# eval and exec with globals/locals
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 5"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": 1}, {"x": 99}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("z = 42")
print(z)
loc = {}
exec("q = 7", {}, loc)
print(loc)
code = compile("result = sum(range(10))", "<string>", "exec")
g = {}
exec(code, g)
print(g["result"])
print(eval(compile("2 ** 8", "<e>", "eval")))
print(exec("1 + 1"), eval("None"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
def scope_test():
    local_var = 3
    return eval("local_var * 2")
print(scope_test())
print(eval("  42  "), eval("\t7"))
