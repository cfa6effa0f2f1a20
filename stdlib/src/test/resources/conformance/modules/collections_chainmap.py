# collections.ChainMap
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), sorted(cm))
print(dict(cm))
cm["new"] = 1
print(cli, "new" in defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps))
del cm["new"]
print(cli)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)
print(cm.get("missing", "dflt"), "color" in cm)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))
