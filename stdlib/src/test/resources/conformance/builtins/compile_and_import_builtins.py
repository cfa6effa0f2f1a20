# compile() modes and __import__()
code = compile("x * 2", "<expr>", "eval")
print(eval(code, {"x": 21}), code.co_filename if hasattr(code, "co_filename") else "<expr>")
ns = {}
exec(compile("def sq(n):\n    return n * n\nr = sq(9)", "<mod>", "exec"), ns)
print(ns["r"], ns["sq"](3))
single = compile("y = 1", "<single>", "single")
g = {}
exec(single, g)
print(g["y"])
m = __import__("math")
print(m.sqrt(49), m.__name__)
os_path = __import__("os.path", fromlist=["join"])
print(os_path.join("a", "b"))
import importlib
json = importlib.import_module("json")
print(json.dumps([1, "two"]))
try:
    compile("x =", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
try:
    compile("1", "<x>", "wrongmode")
except ValueError as e:
    print("ValueError:", e)
