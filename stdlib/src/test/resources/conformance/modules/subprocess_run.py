# subprocess.run and check_output: capture, text, input, check, cwd, env, timeout, errors.
import os
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(type(r.stdout).__name__, r.returncode)

r = subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e, e.returncode, repr(e.stdout), repr(e.stderr))

r = subprocess.run(["cat"], input=b"line 1\r\nline 2\n", capture_output=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="line 1\r\nline 2\rline 3\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run("printf 'a\\nb\\n' | wc -l", shell=True, stdout=subprocess.PIPE, text=True)
print(repr(r.stdout.strip()), r.stderr)

r = subprocess.run(["/bin/sh", "-c", "echo to-out; echo to-err >&2"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.splitlines()), r.stderr)
r = subprocess.run(["/bin/sh", "-c", "echo gone; echo kept >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)

try:
    subprocess.run(["/bin/sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(repr(e), "|", e, "|", e.output, e.stdout, e.stderr, e.cmd)

print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GREETING": "hi there"}
print(subprocess.run(["/bin/sh", "-c", "echo $GREETING"], env=env, capture_output=True, text=True).stdout, end="")
os.environ["GILPY_SUBPROCESS_TEST"] = "inherited"
print(subprocess.run("echo $GILPY_SUBPROCESS_TEST", shell=True, capture_output=True, text=True).stdout, end="")

try:
    subprocess.run(["sleep", "5"], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(repr(e), "|", e, "|", e.timeout, e.output, e.stdout, e.stderr)

for bad in (["no-such-program-gilpy"], ["/etc/passwd"]):
    try:
        subprocess.run(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

for kwargs in ({"input": b"x", "stdin": subprocess.PIPE}, {"capture_output": True, "stdout": subprocess.PIPE}):
    try:
        subprocess.run(["true"], **kwargs)
    except ValueError as e:
        print("ValueError:", e)

print(repr(subprocess.check_output(["echo", "checked"])))
print(repr(subprocess.check_output(["cat"], input="text in", text=True)))
print(repr(subprocess.check_output("echo $((6 * 7))", shell=True, universal_newlines=True)))
try:
    subprocess.check_output(["/bin/sh", "-c", "echo before; exit 7"])
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
print(subprocess.call(["/bin/sh", "-c", "exit 4"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getstatusoutput("echo status; exit 5"))
print(repr(subprocess.getoutput("echo one; echo two >&2")))
print(subprocess.CompletedProcess(["x"], 0))
print(str(subprocess.CalledProcessError(-9, ["x"])), str(subprocess.CalledProcessError(-99, "y")))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
