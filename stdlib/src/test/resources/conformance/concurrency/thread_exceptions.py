# exceptions inside threads go to threading.excepthook; main thread continues
import threading
captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def fails(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n
threads = [threading.Thread(target=fails, args=(i,), name=f"w{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(captured))
print("main thread continues")
results = {}
errors = {}
def safe(n):
    try:
        results[n] = 100 // (n - 2)
    except ZeroDivisionError as e:
        errors[n] = str(e)
ts = [threading.Thread(target=safe, args=(n,)) for n in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(dict(sorted(results.items())), errors)
