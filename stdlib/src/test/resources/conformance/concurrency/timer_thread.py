# threading.Timer runs a function after a short delay; cancelled timers never run
import threading
fired = []
t = threading.Timer(0.01, lambda: fired.append("timer fired"))
t.start()
t.join()
print(fired)
c = threading.Timer(5.0, lambda: fired.append("should not fire"))
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())
args_seen = []
t2 = threading.Timer(0.01, lambda a, b=0: args_seen.append((a, b)), args=(1,), kwargs={"b": 2})
t2.start()
t2.join()
print(args_seen)
