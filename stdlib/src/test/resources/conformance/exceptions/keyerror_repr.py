# KeyError uses repr of the key in str()
d = {"present": 1}
for key in ["missing", "", 0, (1, 2), None, "it's", 2.5, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(f"str={str(e)} repr={repr(e)} args={e.args}")
try:
    raise KeyError("explicit message with spaces")
except KeyError as e:
    print(e)
try:
    set().remove("x")
except KeyError as e:
    print("set.remove:", e)
try:
    {}.pop("nope")
except KeyError as e:
    print("dict.pop:", e)
import collections
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print("OrderedDict.popitem:", e)
try:
    raise KeyError
except KeyError as e:
    print("bare:", repr(str(e)), e.args)
