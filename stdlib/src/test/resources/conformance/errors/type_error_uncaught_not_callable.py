# uncaught TypeError: calling None
handlers = {"start": lambda: "started"}
print(handlers["start"]())
handler = handlers.get("stop")
handler()
