# uncaught KeyError shows the repr of the key
config = {"host": "localhost", "port": 8080}
for k in ("host", "port"):
    print(k, config[k])
print(config["timeout"])
