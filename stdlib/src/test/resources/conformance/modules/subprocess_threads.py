# Waiting for a child releases the GIL: each child here ends only after another Python thread
# has run (fed its stdin), so a wait that kept the GIL would never return.
import subprocess
import threading
import time


def feed_later(p, data):
    def feeder():
        time.sleep(0.1)
        p.stdin.write(data)
        p.stdin.close()
    t = threading.Thread(target=feeder)
    t.start()
    return t


p = subprocess.Popen(["/bin/sh", "-c", "read line; echo got $line"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
t = feed_later(p, b"wait\n")
print(p.wait(), p.stdout.read())
t.join()

p = subprocess.Popen(["/bin/sh", "-c", "read line; echo got $line"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
t = feed_later(p, b"readline\n")
print(p.stdout.readline())
t.join()
p.wait()
p.stdout.close()

results = []
def run_one(i):
    r = subprocess.run(["/bin/sh", "-c", f"sleep 0.2; echo {i}"], capture_output=True, text=True)
    results.append(r.stdout.strip())
threads = [threading.Thread(target=run_one, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
