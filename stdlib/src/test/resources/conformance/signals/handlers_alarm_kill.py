import os, signal, threading, time

print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_IGN), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
print(signal.Signals(15).name, len(signal.valid_signals()), signal.strsignal(signal.SIGTERM), signal.NSIG)

got = []
def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame is not None, threading.current_thread().name))

old = signal.signal(signal.SIGUSR1, handler)
print("old", old)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
print(signal.getsignal(signal.SIGUSR1) is handler)

# a handler runs in the main thread even when another thread sends the signal
t = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGUSR1), name="sender")
t.start(); t.join()
time.sleep(0.05)
print("from a thread", got[-1])

# only the main thread may set handlers
def try_set():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print("ValueError:", e)
t = threading.Thread(target=try_set); t.start(); t.join()

# SIGALRM interrupts a sleep, the handler runs, the sleep goes on (PEP 475)
def on_alarm(signum, frame):
    print("alarm handler ran")
signal.signal(signal.SIGALRM, on_alarm)
start = time.monotonic()
signal.alarm(1)
time.sleep(1.5)
print("slept the whole time:", time.monotonic() - start >= 1.45)

# a handler that raises ends the wait with its exception
class Timeout(Exception):
    pass
def raise_timeout(signum, frame):
    raise Timeout("too slow")
signal.signal(signal.SIGALRM, raise_timeout)
signal.alarm(1)
try:
    time.sleep(10)
except Timeout as e:
    print("Timeout:", e)
print(signal.alarm(0))

# SIG_IGN and SIG_DFL
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", len(got))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# SIGINT's own handler, and the default one raising KeyboardInterrupt
signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT"))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

for bad in [(signal.SIGKILL, handler), (0, handler), (99, handler), (signal.SIGTERM, 5), (signal.SIGTERM, "x")]:
    try:
        signal.signal(*bad)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.kill(999999999, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
