# json dumps/loads
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5, "nested": {"k": [1, 2, {"z": "é"}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(", ", ": ")))
print(json.dumps("quote\" back\\ nl\n tab\t uni\u20ac \U0001F600"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(1e100), json.dumps(3.0), json.dumps(10 ** 30))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps([[]], indent=2))
text = '{"x": [1, 2.5, "s", true, false, null], "y": {"z": -1e3}, "u": "\\u00e9\\n"}'
obj = json.loads(text)
print(obj, type(obj["x"][1]).__name__, type(obj["y"]["z"]).__name__)
print(json.loads("[]"), json.loads('"str"'), json.loads("123"), json.loads(" 1.5 "), json.loads("NaN"), json.loads("true"))
print(json.loads(json.dumps(data)) == data)
