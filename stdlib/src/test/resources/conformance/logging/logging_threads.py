# Threads logging through one handler: each line whole and carrying its thread's name; a
# handler's lock is re-entrant and held while it emits.
import io
import logging
import sys
import threading

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s|%(name)s|%(levelname)s|%(message)s"))
log = logging.getLogger("workers")
log.setLevel(logging.INFO)
log.addHandler(handler)
log.propagate = False


def work(n):
    for i in range(50):
        log.info("step %d of worker %d", i, n)
    logging.getLogger("workers.sub").warning("worker %d done", n)


threads = [threading.Thread(target=work, args=(n,), name=f"worker-{n}") for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines))
ok = all(line.split("|")[0] == "worker-" + line.split()[-1] for line in lines if "step" in line)
print("every line names its thread:", ok)
print(sorted(line for line in lines if "done" in line))
print(type(handler.lock).__name__, handler.lock.acquire(), handler.lock.acquire())
handler.lock.release()
handler.lock.release()

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(threadName)s %(processName)s %(message)s"))
main_log = logging.getLogger("main")
main_log.addHandler(out)
main_log.warning("from the main thread")
t = threading.Thread(target=main_log.warning, args=("from %s",), kwargs={"extra": {"who": 1}}, name="Helper")
t.start()
t.join()
record = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "m", (), None, "fn")
print(record.threadName, record.processName, record.filename, record.module, record.funcName,
      record.lineno, record.thread == threading.get_ident(), isinstance(record.process, int))
print(record)
