# uncaught exception without a message: stderr last line is just the name
print("raising bare RuntimeError")
raise RuntimeError
