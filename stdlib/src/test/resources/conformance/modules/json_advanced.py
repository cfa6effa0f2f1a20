# json: custom encoders/decoders, hooks, errors
import json
from decimal import Decimal
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"__point__": True, "x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
s = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode)
print(s)
def hook(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d
back = json.loads(s, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x, back["s"])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
try:
    json.dumps({"bad": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "| pos", e.pos, "| line", e.lineno, "col", e.colno)
print(json.loads("1.10", parse_float=Decimal), json.loads("7", parse_int=float))
print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=None), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
