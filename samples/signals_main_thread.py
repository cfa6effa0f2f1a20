"""Signal handlers run in the main thread, between bytecodes, whoever sends the signal.

A worker thread sends SIGUSR1 to its own process: the handler still runs in the main thread,
and only when the main thread gets to run Python code again. A SIGALRM interrupts a sleep in
the main thread; the handler runs and the sleep resumes (PEP 475), unless the handler raises.
"""
import os
import signal
import threading
import time

events = []


def on_usr1(signum, frame):
    events.append(f"{signal.Signals(signum).name} handled in {threading.current_thread().name}")


def sender():
    events.append(f"sending from {threading.current_thread().name}")
    os.kill(os.getpid(), signal.SIGUSR1)


signal.signal(signal.SIGUSR1, on_usr1)
worker = threading.Thread(target=sender, name="worker")
worker.start()
worker.join()
print("\n".join(events))


class Deadline(Exception):
    pass


def on_alarm(signum, frame):
    raise Deadline(f"interrupted at line {frame.f_lineno}")


signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
start = time.monotonic()
try:
    time.sleep(10)
except Deadline as e:
    print(f"{e}, after {time.monotonic() - start:.1f} s of a 10 s sleep")
