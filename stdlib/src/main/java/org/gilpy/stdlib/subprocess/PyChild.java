package org.gilpy.stdlib.subprocess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;

/**
 * {@code _subprocess.Child}: a started operating-system process and the pipes to it. Every wait
 * (for the process, for output, for the pipe to take input) releases the GIL.
 *
 * <p>{@code communicate} reads both output pipes and writes the input on helper threads, so a
 * child that fills one pipe while this process writes to another cannot deadlock them; the
 * helpers outlive a timeout, so a later {@code communicate} carries on where the first stopped
 * and returns all the output, as CPython's does.
 *
 * <p>Return codes: Java reports a process ended by signal N as 128 + N, like a shell. When this
 * Child sent the signal (kill, terminate) it reports -N, as CPython does for any signal.
 */
final class PyChild extends PyObject {
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;
    private static final int STDOUT_STREAM = 1;

    static final PyType TYPE = PyType.builtin("Child", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_subprocess"));
        t.getter("pid", self -> PyInt.of(((PyChild) self).process.pid()));
        t.method("poll", self -> ((PyChild) self).returnCodeOrNone());
        t.method("wait", (self, timeout) -> ((PyChild) self).waitFor(timeout));
        t.method("kill", self -> ((PyChild) self).signal(SIGKILL));
        t.method("terminate", self -> ((PyChild) self).signal(SIGTERM));
        t.method("write", (self, data) -> ((PyChild) self).write(((PyBytes) data).bytes));
        t.method("close_stdin", self -> ((PyChild) self).closeStdin());
        t.method("read", (self, stream, size) -> ((PyChild) self).read((int) Abstract.index(stream), Abstract.index(size)));
        t.method("readline", (self, stream) -> ((PyChild) self).readline((int) Abstract.index(stream)));
        t.method("communicate", (self, input, timeout) -> ((PyChild) self).communicate(input, timeout));
    });

    /**
     * The helper threads of communicate: they block on pipes, so not the common fork-join pool
     * (one thread on two cores); daemons, so a child that never ends does not keep the JVM up.
     */
    private static final Executor HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "subprocess-pipe");
        t.setDaemon(true);
        return t;
    });

    private final Process process;
    private volatile int signalSent;
    private CompletableFuture<byte[]> stdoutDrain;
    private CompletableFuture<byte[]> stderrDrain;
    private CompletableFuture<byte[]> stdinFeed;

    PyChild(Process process) {
        this.process = process;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject returnCodeOrNone() {
        if (process.isAlive()) {
            return PyNone.NONE;
        }
        int code = process.exitValue();
        return PyInt.of(signalSent != 0 && code == 128 + signalSent ? -signalSent : code);
    }

    /** Waits at most timeout seconds (None: for ever); the return code, or None if still running. */
    private PyObject waitFor(PyObject timeout) {
        long nanos = nanos(timeout);
        Blocking.io(GIL.Reason.JOIN, () -> nanos < 0 ? process.waitFor() : process.waitFor(nanos, TimeUnit.NANOSECONDS));
        return returnCodeOrNone();
    }

    private PyObject signal(int sig) {
        if (process.isAlive()) {
            signalSent = sig;
            if (sig == SIGKILL) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        }
        return PyNone.NONE;
    }

    private PyObject write(byte[] data) {
        OutputStream in = process.getOutputStream();
        Blocking.io(() -> {
            in.write(data);
            in.flush();
            return null;
        });
        return PyInt.of(data.length);
    }

    private PyObject closeStdin() {
        Blocking.io(() -> {
            process.getOutputStream().close();
            return null;
        });
        return PyNone.NONE;
    }

    private InputStream stream(int which) {
        return which == STDOUT_STREAM ? process.getInputStream() : process.getErrorStream();
    }

    /** Up to size bytes (all, to the end, when size < 0), fewer only at the end of the stream. */
    private PyObject read(int which, long size) {
        InputStream s = stream(which);
        return new PyBytes(Blocking.io(() -> size < 0 ? s.readAllBytes() : s.readNBytes((int) Math.min(size, Integer.MAX_VALUE))));
    }

    private PyObject readline(int which) {
        InputStream s = stream(which);
        return new PyBytes(Blocking.io(() -> {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = s.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return line.toByteArray();
        }));
    }

    /**
     * Feeds input (None: nothing) to the child, closes its stdin, reads its piped output to the end
     * and waits for it to exit: (stdout, stderr) as bytes (empty for a stream that is not a pipe),
     * or None when timeout seconds passed first.
     */
    private PyObject communicate(PyObject input, PyObject timeout) {
        CompletableFuture<Void> all = startHelpers(input == PyNone.NONE ? new byte[0] : ((PyBytes) input).bytes);
        long nanos = nanos(timeout);
        boolean done = Blocking.io(GIL.Reason.IO, () -> {
            try {
                if (nanos < 0) {
                    all.get();
                    process.waitFor();
                    return true;
                }
                long deadline = System.nanoTime() + nanos;
                all.get(nanos, TimeUnit.NANOSECONDS);
                return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
        });
        if (!done) {
            return PyNone.NONE;
        }
        return PyTuple.of(output(stdoutDrain), output(stderrDrain));
    }

    /**
     * Starts the helpers on the first call; all of them, to wait for. Holds this object's monitor
     * only here, never while waiting for the GIL (a thread that did would block the holder).
     */
    private synchronized CompletableFuture<Void> startHelpers(byte[] input) {
        if (stdinFeed == null) {
            stdinFeed = CompletableFuture.supplyAsync(() -> feed(input), HELPERS);
            stdoutDrain = drain(process.getInputStream());
            stderrDrain = drain(process.getErrorStream());
        }
        return CompletableFuture.allOf(stdinFeed, stdoutDrain, stderrDrain);
    }

    private static PyObject output(CompletableFuture<byte[]> drain) {
        return new PyBytes(drain.join());
    }

    /** Writes data to the child's stdin and closes it; a child that does not read it is no error. */
    private byte[] feed(byte[] data) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(data);
        } catch (IOException brokenPipe) {
            // the child exited or closed its stdin without reading: CPython ignores it too
        }
        return null;
    }

    /** Reads s to its end on a helper thread (a stream that is not a pipe is empty). */
    private static CompletableFuture<byte[]> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return s.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        }, HELPERS);
    }

    /** Seconds (None: no limit) as nanoseconds, -1 for no limit. */
    private static long nanos(PyObject timeout) {
        if (timeout == PyNone.NONE) {
            return -1;
        }
        double s = timeout instanceof PyFloat f ? f.v : Abstract.index(timeout);
        return s <= 0 ? 0 : (long) Math.min(s * 1e9, Long.MAX_VALUE / 2.0);
    }
}
