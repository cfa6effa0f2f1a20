package org.gilpy.embed;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterExit;
import org.gilpy.vm.ThreadState;

/**
 * How a Java thread enters an interpreter, CPython's {@code PyGILState_Ensure} and
 * {@code PyGILState_Release}: the thread gets a thread state of its own (kept for its next call,
 * as CPython keeps one per OS thread) and takes the GIL like any Python thread, so Java threads
 * calling in concurrently take turns exactly as Python threads do. A call made by Java code that
 * Python code called (a Java object's method) already holds the GIL and runs at once.
 *
 * <p>An outermost call can be stopped from another thread: {@link #interruptAll()} and the
 * timeout raise KeyboardInterrupt in it at its next check point, or at once if it is blocked.
 */
final class GilState {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gilpy-call-timeout");
        t.setDaemon(true);
        return t;
    });

    private final Interpreter interp;
    private final Duration timeout;
    private final ThreadLocal<ThreadState> states = new ThreadLocal<>();
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();

    GilState(Interpreter interp, Duration timeout) {
        this.interp = interp;
        this.timeout = timeout;
    }

    /**
     * Runs body holding the GIL and returns its result. A Python exception becomes a
     * {@link PythonException}; on a closed interpreter, or one closed during the call, an
     * IllegalStateException.
     */
    <T> T call(Supplier<T> body) {
        ThreadState current = ThreadState.currentOrNull();
        if (current != null && current.interp == interp && interp.gil.isHeldBy(current)) {
            return run(body);
        }
        if (interp.isClosed()) {
            throw new IllegalStateException("the interpreter is closed");
        }
        ThreadState ts = states.get();
        if (ts == null) {
            ts = interp.newThreadState(Thread.currentThread());
            states.set(ts);
        }
        ThreadState prev = ts.bind();
        Call call = new Call(ts);
        interp.attach(ts);
        calls.add(call);
        ScheduledFuture<?> timer = timeout == null ? null
                : TIMER.schedule(() -> call.raise(timedOut()), timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            interp.gil.acquire(ts);
            try {
                return run(body);
            } finally {
                interp.stdout.flushQuietly();
                interp.stderr.flushQuietly();
                interp.gil.release(ts, GIL.Reason.EXIT);
            }
        } catch (InterpreterExit e) {
            Thread.interrupted(); // close() woke this thread: the interrupt was for the call only
            throw new IllegalStateException("the interpreter was closed during the call");
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            call.end();
            calls.remove(call);
            interp.detach(ts);
            ThreadState.restore(prev);
        }
    }

    private <T> T run(Supplier<T> body) {
        try {
            return body.get();
        } catch (PythonException | InterpreterExit | IllegalArgumentException | ClassCastException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw PythonException.of(interp, interp.asPyException(e));
        }
    }

    /** Raises KeyboardInterrupt in every outermost call running now. */
    void interruptAll() {
        for (Call call : calls) {
            call.raise(new PyException(new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY)));
        }
    }

    private PyException timedOut() {
        String seconds = String.valueOf(timeout.toMillis() / 1000.0);
        return new PyException(new PyBaseException(PyExc.KeyboardInterrupt,
                PyTuple.of(PyStr.of("the call timed out after " + seconds + " s"))));
    }

    /** One outermost call: a raise from another thread counts only while it runs. */
    private final class Call {
        final ThreadState ts;
        private boolean done;
        private boolean raised;

        Call(ThreadState ts) {
            this.ts = ts;
        }

        synchronized void raise(PyException exc) {
            if (!done) {
                raised = true;
                interp.setAsyncExc(ts, exc);
            }
        }

        /** Ends the call: an exception raised too late to be delivered, and its wake-up interrupt, are dropped. */
        synchronized void end() {
            done = true;
            interp.takeAsyncExc(ts);
            if (raised) {
                Thread.interrupted();
            }
        }
    }
}
