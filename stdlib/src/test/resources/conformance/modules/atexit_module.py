# atexit handlers run in reverse registration order after the main program
import atexit
def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")
atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated handler")
def removed():
    print("this never runs")
atexit.register(removed)
atexit.unregister(removed)
print("main program finished")
