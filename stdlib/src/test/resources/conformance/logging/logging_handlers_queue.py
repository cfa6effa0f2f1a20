# logging.handlers: worker threads log into a queue through a QueueHandler, one QueueListener
# thread writes the records out; a MemoryHandler flushing at ERROR; a RotatingFileHandler.
import io
import logging
import logging.handlers
import os
import queue
import sys
import threading

q = queue.Queue()
written = io.StringIO()
out = logging.StreamHandler(written)
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
listener.start()
log = logging.getLogger("queued")
log.propagate = False
log.setLevel(logging.INFO)
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.info("before the workers")
lines = []


def work(n):
    for i in range(3):
        log.info("worker %d step %d", n, i)


workers = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in range(3)]
for t in workers:
    t.start()
for t in workers:
    t.join()
try:
    int("x")
except ValueError:
    log.exception("with a traceback")
listener.stop()
print("listener stopped", q.empty())
text = written.getvalue()
print(text.splitlines()[0])
print(sorted(line for line in text.splitlines() if line.startswith("w")))
print([line for line in text.splitlines() if "ERROR" in line], text.splitlines()[-1])
record = qh.prepare(logging.makeLogRecord({"msg": "a %s", "args": ("b",), "levelno": 20}))
print(record.msg, record.args, record.exc_info, record.message)

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("flushed: %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=target)
m = logging.getLogger("memory")
m.propagate = False
m.addHandler(mem)
m.warning("kept 1")
m.warning("kept 2")
print("buffered", len(mem.buffer))
m.error("an error flushes")
print("buffered", len(mem.buffer))
m.warning("flushed at close")
mem.close()
buf = logging.handlers.BufferingHandler(2)
buf.handle(logging.makeLogRecord({"msg": "1"}))
print(len(buf.buffer), buf.shouldFlush(None))

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilpy-rotating-%d.log" % os.getpid())
rot = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
r = logging.getLogger("rotating")
r.propagate = False
r.addHandler(rot)
for i in range(8):
    r.warning("line number %d of the log", i)
rot.close()
for suffix in ["", ".1", ".2", ".3"]:
    name = path + suffix
    if os.path.exists(name):
        with open(name) as f:
            print("log" + suffix, f.read().splitlines())
        os.remove(name)
    else:
        print("log" + suffix, "absent")
