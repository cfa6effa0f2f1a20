# Loggers, handlers, the three format styles, filters, adapters, basicConfig(force) and levels.
import logging, sys, threading, io, re


class Relative(logging.Formatter):
    """Source paths as file names only: the recorded output must not depend on the checkout."""
    def format(self, record):
        return re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', super().format(record))


logging.warning("to stderr via basicConfig")
print(logging.root.handlers)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Relative("%(levelname)s:%(name)s:%(threadName)s:%(funcName)s:%(lineno)d:%(module)s:%(filename)s:%(message)s"))
log = logging.getLogger("app.db")
log.addHandler(h)
log.setLevel(logging.DEBUG)
def work(n):
    log.info("worker %d", n)
t = threading.Thread(target=work, args=(1,), name="T-1"); t.start(); t.join()
log.debug("debug %s", "x")
print(log, logging.getLogger("app"), log.parent, log.getEffectiveLevel(), log.isEnabledFor(5))
log.propagate = False
try:
    1/0
except ZeroDivisionError:
    log.exception("boom")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname} {name} {message}", style="{"))
a = logging.getLogger("app"); a.addHandler(h2)
log.propagate = True
log.warning("both %(a)s", {"a": 1})
h3 = logging.StreamHandler(sys.stdout); h3.setFormatter(Relative("$levelname ${message}", style="$"))
b = logging.getLogger("b"); b.addHandler(h3); b.propagate = False; b.error("templ")
ad = logging.LoggerAdapter(b, {"k": "v"}); ad.error("adapted"); print(ad)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5))
try: logging.Formatter("nofields")
except ValueError as e: print(e)
try: logging.Formatter("x", style="?")
except ValueError as e: print(e)
class F(logging.Filter):
    def filter(self, r): return "keep" in r.msg
b.addFilter(F()); b.error("drop me"); b.error("keep me")
b.filters.clear()
b.addFilter(lambda r: r.levelno > 40); b.error("x"); b.critical("crit")
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})), logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})))
print(repr(h), repr(logging.NullHandler()), repr(logging.getLogger()))
logging.basicConfig(stream=sys.stdout, force=True, format="%(levelname)s|%(message)s", level="INFO")
logging.info("after force")
logging.debug("hidden")
print(logging.root.level, logging.root.handlers[0].stream is sys.stdout)
try: logging.basicConfig(stream=sys.stdout, filename="x", force=True)
except ValueError as e: print(e)
try: logging.basicConfig(bogus=1, force=True)
except ValueError as e: print(e)
r = logging.makeLogRecord({"msg": "m %s", "args": (1,)}); print(r.getMessage(), r.levelno)
sio = io.StringIO(); e = logging.getLogger("e"); e.propagate=False; e.addHandler(logging.StreamHandler(sio)); e.warning("into %s", "sio"); print(repr(sio.getvalue()))
l2 = logging.getLogger("x.y.z"); l1 = logging.getLogger("x"); print(l2.parent.name, logging.getLogger("x.y").parent.name, l2.parent.name)
logging.disable(logging.ERROR); logging.error("disabled"); logging.critical("crit shown"); logging.disable(logging.NOTSET)
st = logging.getLogger("st"); st.propagate = False; st.addHandler(h3); 
logging.getLogger("nohandler").propagate = False
logging.getLogger("nohandler").warning("last resort to stderr")
def f(): st.warning("stack", stack_info=True)
f()
print(logging.getLogger("app").getChild("db") is log)
