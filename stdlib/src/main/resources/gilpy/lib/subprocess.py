"""Subprocesses with accessible I/O streams: a subset of CPython's subprocess over _subprocess.

run(), check_output(), call(), check_call(), getoutput(), getstatusoutput() and Popen (with
communicate, wait, poll, kill, terminate and pipe files for stdin, stdout and stderr), the
CompletedProcess, CalledProcessError and TimeoutExpired they report with, and PIPE, STDOUT and
DEVNULL. A stream is None (inherited), PIPE, DEVNULL or, for stderr, STDOUT; file objects and
descriptors are not supported, nor are preexec_fn, close_fds, pass_fds, executable and the
other POSIX-only arguments. Every wait releases the GIL.
"""
import os

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "getoutput",
           "getstatusoutput", "run", "CalledProcessError", "CompletedProcess", "SubprocessError",
           "TimeoutExpired"]

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL

_STDOUT_STREAM = 1
_STDERR_STREAM = 2
_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 13: "SIGPIPE",
                 14: "SIGALRM", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


# the exceptions' stdout is another name for their output
_OUTPUT_ALIAS = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True or check_output() sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            if sig in _SIGNAL_NAMES:
                return f"Command '{self.cmd}' died with <Signals.{_SIGNAL_NAMES[sig]}: {sig}>."
            return f"Command '{self.cmd}' died with unknown signal {sig}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    stdout = _OUTPUT_ALIAS


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait for a child process expires."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = _OUTPUT_ALIAS


class CompletedProcess:
    """What run() returns: the args, the return code and the captured output of a finished process."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            args.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            args.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fsdecode(path):
    path = os.fspath(path)
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _PipeFile:
    """One end of a pipe to the child, as Popen.stdin, .stdout or .stderr: bytes, or text in text mode."""

    def __init__(self, child, stream, text, encoding, errors):
        self._child = child
        self._stream = stream
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _decode(self, data):
        return _translate_newlines(data, self._encoding, self._errors) if self._text else data

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0 or not self._text:
            return self._decode(self._child.read(self._stream, -1 if size is None else size))
        data = self._child.read(self._stream, size)
        while True:
            try:
                return self._decode(data)
            except UnicodeDecodeError:
                more = self._child.read(self._stream, 1)
                if not more:
                    raise
                data += more

    def readline(self):
        self._check_open()
        return self._decode(self._child.readline(self._stream))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_open()
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            self._child.write(data.encode(self._encoding, self._errors))
            return len(data)
        return self._child.write(bytes(data))

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            self.closed = True
            if self._stream is None:
                self._child.close_stdin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _mode(value, name):
    if value is None:
        return 0
    if value in (PIPE, DEVNULL) or (value == STDOUT and name == "stderr"):
        return value
    raise ValueError(f"gilpy's subprocess supports only None, PIPE, DEVNULL and STDOUT for {name}, not {value!r}")


class Popen:
    """Runs a program in a new process: Popen(args, stdin=None, stdout=None, stderr=None, shell=False,
    cwd=None, env=None, text=None, encoding=None, errors=None, universal_newlines=None)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, encoding=None, errors=None, text=None):
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.args = args
        self.returncode = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._communication_started = False
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [_fsdecode(args)]
        else:
            argv = [_fsdecode(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        workdir = os.getcwd() if cwd is None else os.path.join(os.getcwd(), _fsdecode(cwd))
        if not os.path.isdir(workdir):
            raise FileNotFoundError(2, "No such file or directory", _fsdecode(cwd))
        environment = dict(os.environ if env is None else env)
        self._child = _subprocess.spawn(argv, workdir, environment, _mode(stdin, "stdin"),
                                        _mode(stdout, "stdout"), _mode(stderr, "stderr"))
        self.pid = self._child.pid
        self._piped = (stdin == PIPE, stdout == PIPE, stderr == PIPE)
        self.stdin = self._pipe(stdin, None)
        self.stdout = self._pipe(stdout, _STDOUT_STREAM)
        self.stderr = self._pipe(stderr, _STDERR_STREAM)

    def _pipe(self, mode, stream):
        if mode != PIPE:
            return None
        return _PipeFile(self._child, stream, self.text_mode, self.encoding, self.errors)

    def __repr__(self):
        args = repr(self.args)
        if len(args) > 80:
            args = args[:69] + "..."
        return f"<{type(self).__name__}: returncode: {self.returncode} args: {args}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = self._child.wait(timeout)
            if self.returncode is None:
                raise TimeoutExpired(self.args, timeout)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to their end and waits for the process: (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.text_mode:
            input = input.encode(self.encoding, self.errors)
        if input is not None and not self._piped[0]:
            input = None
        self._communication_started = True
        result = self._child.communicate(None if input is None else bytes(input), timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        self.wait()
        outputs = []
        for piped, data, f in zip(self._piped[1:], result, (self.stdout, self.stderr)):
            if piped:
                f.closed = True
            outputs.append(self._decode(data) if piped else None)
        if self.stdin is not None:
            self.stdin.closed = True
        return tuple(outputs)

    def _decode(self, data):
        return _translate_newlines(data, self.encoding, self.errors) if self.text_mode else data

    def kill(self):
        if self.returncode is None:
            self._child.kill()

    def terminate(self):
        if self.returncode is None:
            self._child.terminate()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command and waits for it: a CompletedProcess, or CalledProcessError with check=True."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and waits for it: its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """As call(), but raises CalledProcessError for a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; CalledProcessError for a non-zero return code."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of cmd run by the shell, stderr with stdout, less a trailing newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of cmd run by the shell (stderr with stdout), less a trailing newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
