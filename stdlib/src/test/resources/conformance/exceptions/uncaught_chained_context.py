# uncaught exception raised while handling another ("During handling ...")
data = {"a": 1}
print("start")
try:
    data["b"]
except KeyError:
    print("handling KeyError")
    raise ValueError("secondary failure")
