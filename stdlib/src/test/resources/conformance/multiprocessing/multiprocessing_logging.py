# multiprocessing.get_logger() and log_to_stderr(): the 'multiprocessing' logger, its records
# naming the process, in a child too; concurrent.futures reports a failing callback through
# the 'concurrent.futures' logger.
import logging
import multiprocessing
import sys
from concurrent.futures import ThreadPoolExecutor


def child(q):
    multiprocessing.get_logger().info("in the child")
    q.put(1)


def failing_callback(future):
    raise RuntimeError("callback fails")


if __name__ == "__main__":
    logger = multiprocessing.get_logger()
    print(logger, logger.propagate, logger.name)
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(multiprocessing.util.DEFAULT_LOGGING_FORMAT))
    logger.addHandler(h)
    logger.setLevel(logging.INFO)
    logger.info("from %s", "the parent")
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,), name="Worker-1")
    p.start()
    q.get()
    p.join()
    print("exitcode", p.exitcode)
    again = multiprocessing.log_to_stderr(logging.WARNING)
    print(again is logger, len(logger.handlers), logger.level, type(logger.handlers[1].stream).__name__)
    logger.handlers[1].setStream(sys.stdout)
    logger.warning("two handlers now")
    logger.removeHandler(logger.handlers[1])

    futures_log = logging.getLogger("concurrent.futures")
    fh = logging.StreamHandler(sys.stdout)
    fh.format = lambda record: "%s %s %s" % (record.name, record.levelname, record.exc_info[0].__name__)
    futures_log.addHandler(fh)
    with ThreadPoolExecutor(1) as ex:
        f = ex.submit(pow, 2, 3)
        f.result()
        f.add_done_callback(failing_callback)
    print("done")
