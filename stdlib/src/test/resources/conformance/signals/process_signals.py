import multiprocessing, os, signal, time

def graceful(q):
    def on_term(signum, frame):
        q.put("child got SIGTERM, cleaning up")
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, on_term)
    q.put("ready")
    while True:
        time.sleep(0.1)

def plain(q):
    q.put("ready")
    time.sleep(30)

def notify_parent():
    os.kill(os.getppid(), signal.SIGUSR1)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=graceful, args=(q,))
    p.start()
    print(q.get())
    p.terminate()
    print(q.get())
    p.join()
    print("graceful exit code", p.exitcode)

    p = multiprocessing.Process(target=plain, args=(q,))
    p.start()
    print(q.get())
    p.terminate()
    p.join()
    print("plain exit code", p.exitcode)

    p = multiprocessing.Process(target=plain, args=(q,))
    p.start()
    print(q.get())
    os.kill(p.pid, signal.SIGKILL)
    p.join()
    print("killed exit code", p.exitcode)

    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    p = multiprocessing.Process(target=notify_parent)
    p.start()
    p.join()
    time.sleep(0.2)
    print("parent got", got, "child exit", p.exitcode)
