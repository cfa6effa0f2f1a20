# FileHandler and basicConfig(filename=...), exception and stack formatting, times from a
# fixed clock, lastResort, handleError, and the errors for bad levels, styles and arguments.
import io
import logging
import os
import sys
import time

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilpy-logging-%d.log" % os.getpid())
logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(funcName)s %(message)s")
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == os.path.abspath(path), h.mode, repr(h) == f"<FileHandler {path} (NOTSET)>")


def compute():
    try:
        {}["missing"]
    except KeyError:
        logging.exception("lookup failed for %r", "missing")


compute()
logging.debug("a debug line")
logging.getLogger("quiet").info("info %d", 3)
logging.shutdown()
with open(path) as f:
    text = f.read()
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-3:])
os.remove(path)
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s")

fixed = logging.makeLogRecord({"msg": "at %s", "args": ("noon",), "created": 86400 * 365.25 * 30 + 0.25,
                               "msecs": 250.0, "levelname": "INFO", "name": "clock"})
utc = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
utc.converter = time.gmtime
print(utc.format(fixed))
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d").formatTime(fixed, "%Y/%m/%d") != "")
iso = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%H:%M")
iso.converter = time.gmtime
print(iso.format(fixed))
print(logging.Formatter("{levelname}:{name}:{message}", style="{", defaults={"extra": "x"}).format(fixed))
print(logging.Formatter("%(message)s %(extra)s", defaults={"extra": "default"}).format(fixed))

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
logging.getLogger("orphan").propagate = False
logging.getLogger("orphan").warning("via lastResort %d", 1)
logging.getLogger("orphan").info("not shown")
bad = logging.getLogger("bad")
bad.propagate = False
bad.addHandler(logging.StreamHandler(sys.stdout))
bad.warning("%d items", "not a number")
sys.stderr = saved
report = err.getvalue().splitlines()
print(report[0])
print(report[1])
print(report[-3:])

for level in ["LOUD", 3.5]:
    try:
        logging.getLogger("x").setLevel(level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger("x").log("INFO", "m")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
for fmt, style in [("{", "{"), ("$", "$"), ("%(x", "%")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.getLogger("y").info("m", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping()["NOTICE"])
logging.log(25, "a notice")
print(logging.getLogger("x").getEffectiveLevel(), logging.getLogger().getEffectiveLevel())


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


Ctx(logging.getLogger("ctx"), {"id": 42}).warning("adapted %s", "message")
logging.getLogger("nh").addHandler(logging.NullHandler())
print(logging.getLogger("nh").hasHandlers(), logging.getLogger("nh").handlers)
