# subprocess.Popen: pipes as files, communicate (with timeout and again), wait, poll, kill, terminate.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.returncode, p.poll(), type(p.pid).__name__)
out, err = p.communicate(b"through cat\n")
print(out, err, p.returncode, p.stdout.closed)

p = subprocess.Popen(["/bin/sh", "-c", "echo one; echo two; echo three"], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()))
print([line for line in p.stdout])
print(p.wait(), p.poll(), p.returncode)
p.stdout.close()

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    print(p.stdin.write("written line\n"))
    p.stdin.close()
    print(repr(p.stdout.read()))
print(p.returncode)

with subprocess.Popen(["/bin/sh", "-c", "printf 'abcdef'"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read(2), p.stdout.read(3), p.stdout.read(), p.stdout.read())

p = subprocess.Popen(["/bin/sh", "-c", "echo early; sleep 0.5; echo late"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("communicate:", e)
print(p.communicate())
print(p.returncode)

p = subprocess.Popen(["sleep", "10"])
print(repr(p))
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait:", e)
p.kill()
print(p.wait(), repr(p))

p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p.kill()
print(p.poll())

p = subprocess.Popen(["/bin/sh", "-c", "exit 9"])
print(p.wait(timeout=5), p.args)

# a big output and a big input at once: communicate must not deadlock on full pipes
data = b"0123456789abcdef" * 40000
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.communicate()
try:
    p.communicate(b"more")
except ValueError as e:
    print("ValueError:", e)
p = subprocess.Popen("echo via shell", shell=True, stdout=subprocess.PIPE)
print(p.communicate(), p.args)
p = subprocess.Popen(["/bin/sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
print(p.communicate("in\r\nput"))
