# atexit (handlers run after sys.exit, a failing one is reported), gc, keyword, platform
import atexit, gc, keyword, platform, sys
def bye(who, punct="!"):
    print("bye", who + punct)
def boom():
    raise ValueError("boom")
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(boom)
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(print, "removed")
atexit.unregister(print)
try: atexit.register(3)
except TypeError as e: print(e)
print(gc.collect(), gc.isenabled(), gc.get_threshold(), gc.get_count().__class__.__name__, gc.is_tracked(1), gc.is_tracked([]))
gc.disable(); print(gc.isenabled()); gc.enable(); gc.set_threshold(100, 5); print(gc.get_threshold(), gc.garbage)
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("_"))
print(platform.system(), platform.python_version(), platform.python_version_tuple(), type(platform.platform()).__name__, platform.uname().system)
print("main done")
sys.exit(3)
