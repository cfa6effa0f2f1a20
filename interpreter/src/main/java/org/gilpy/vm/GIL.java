package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one interpreter.
 *
 * <h2>What it guarantees</h2>
 * At any instant at most one thread of an interpreter executes bytecode or touches Python
 * objects: the one holding the GIL. Other threads of the same interpreter are either waiting for
 * it or blocked outside it (sleeping, waiting on a lock or a queue, doing I/O). Separate
 * interpreters (gilpy's processes) have separate GILs and run in parallel.
 *
 * <h2>The algorithm (CPython 3.2+, {@code Python/ceval_gil.c})</h2>
 * <ol>
 * <li><b>Taking the GIL.</b> A thread that wants the GIL while another holds it waits on a
 * condition variable for at most the <em>switch interval</em> (5 ms by default,
 * {@code sys.setswitchinterval}). If the wait times out and the GIL has not changed hands in the
 * meantime (the <em>switch number</em> did not move), the waiter sets the <em>drop request</em>,
 * which raises the interpreter's <em>eval breaker</em>. Then it waits again.</li>
 * <li><b>Check points.</b> The running thread reads the eval breaker only at check points: the
 * back edge of a loop, the entry of a function, and after a call into a builtin (see
 * {@code Opcode.checkPoint}). Between two check points a thread cannot lose the GIL, which is why
 * {@code counter += 1} on a global is never torn on CPython 3.11, while a read, a
 * {@code time.sleep}, then a write is.</li>
 * <li><b>Dropping on request.</b> A thread that finds the drop request set at a check point
 * releases the GIL, signalling one waiter, and — <em>forced switching</em> — waits until some
 * other thread has actually taken the GIL before it asks for it again. Without that step the
 * releasing thread, already running on a core, would usually win the GIL right back.</li>
 * <li><b>Blocking.</b> A thread about to block releases the GIL first
 * ({@code Py_BEGIN_ALLOW_THREADS}) and afterwards takes it back through step 1. It does not wait
 * for a switch unless a drop request is pending at that moment.</li>
 * </ol>
 *
 * <h2>Finalization</h2>
 * Once the main program has ended (its exit hooks done, the non-daemon threads joined), a daemon
 * thread that comes for the GIL does not get it: it ends there, unwound by
 * {@link InterpreterExit} without running more Python code, as CPython's {@code take_gil} ends
 * such a thread. A daemon thread blocked forever simply stays blocked.
 *
 * <h2>Consequences that gilpy reproduces</h2>
 * CPU-bound threads take turns, one switch interval at a time, so N of them run no faster than
 * one. I/O-bound threads overlap, since they hold the GIL only between blocking calls. A thread
 * that blocks briefly and often, beside a CPU-bound thread, pays up to a switch interval to get
 * the GIL back after each blocking call (the convoy effect).
 *
 * <h2>Instrumentation</h2>
 * Every thread state has a {@link GilAccount}: the thread is NEW, WAITING, RUNNING (holds the
 * GIL), BLOCKED (released it around a blocking call) or ENDED, and each change of state adds the
 * time spent in the previous one to that state's total. The changes happen only here, in
 * {@link #acquire} (request, acquire, drop request made, end while waiting) and {@link #release}
 * (release for a drop request, a blocking call or the end of the thread), never at a check
 * point that finds the eval breaker clear. A thread that drops the GIL on request waits from
 * that moment, the forced-switching wait included. The timestamps of an acquire and of a
 * release are taken from the monotonic clock while holding {@code mutex}, so the RUNNING spans
 * of two threads of one interpreter never overlap in the record, exactly as the GIL's own
 * invariant says. The totals are the
 * statistics ({@link GilStats}, {@code -X gil_stats}, {@code gilpy.gil.stats()}); when the
 * interpreter records ({@code -X gil_trace}, {@code -X gil_timeline}) each span is also kept, for
 * {@link GilTrace}.
 *
 * <h2>Cost</h2>
 * A single-threaded program never waits, so no drop request is ever made: its only GIL cost is
 * the volatile read of the eval breaker at each check point. Accounting adds a clock read and a
 * few field updates, under the mutex already held, to each acquire and release, which happen at
 * switches and blocking calls only; recording a span adds one small object.
 */
public final class GIL {

    /** Why a thread released the GIL (for statistics and traces). */
    public enum Reason { DROP_REQUEST, IO, SLEEP, LOCK, JOIN, EXIT }

    private final Interpreter interp;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition cond = mutex.newCondition();
    private final ReentrantLock switchMutex = new ReentrantLock();
    private final Condition switchCond = switchMutex.newCondition();

    /** Guarded by mutex. */
    private boolean locked;
    private ThreadState holder;
    /** The last thread that took the GIL; guarded by mutex. */
    private volatile ThreadState lastHolder;
    /** Bumped each time the GIL passes to a different thread. */
    private long switchNumber;
    private volatile boolean dropRequest;
    private volatile long intervalNanos;
    /** Whether thread accounts keep their spans (for a trace or a timeline). */
    private final boolean recording;
    /** The account of every thread this interpreter has had, in order of creation. */
    private final List<GilAccount> accounts = new CopyOnWriteArrayList<>();

    GIL(Interpreter interp, double intervalSeconds, boolean recording) {
        this.interp = interp;
        this.recording = recording;
        setInterval(intervalSeconds);
    }

    /** A new thread's account, registered for statistics and traces. */
    GilAccount open(ThreadState ts) {
        GilAccount account = new GilAccount(ts, mutex, recording);
        accounts.add(account);
        return account;
    }

    /** The accounts of every thread the interpreter has had, ended ones included. */
    public List<GilAccount> accounts() {
        return List.copyOf(accounts);
    }

    /** The statistics of every thread as of now. */
    public GilStats stats() {
        long now = System.nanoTime();
        List<GilStats.ThreadStats> threads = new ArrayList<>();
        for (GilAccount a : accounts) {
            threads.add(a.snapshot(now));
        }
        return new GilStats(interp.id, interp.pid(), interval(), threads);
    }

    public void setInterval(double seconds) {
        intervalNanos = Math.max(1L, (long) (seconds * 1e9));
    }

    public double interval() {
        return intervalNanos / 1e9;
    }

    public long switchNumber() {
        mutex.lock();
        try {
            return switchNumber;
        } finally {
            mutex.unlock();
        }
    }

    /** Whether ts holds the GIL now. */
    public boolean isHeldBy(ThreadState ts) {
        return holder == ts;
    }

    /** take_gil: step 1 of the algorithm. */
    public void acquire(ThreadState ts) {
        GilAccount account = ts.gilAccount;
        mutex.lock();
        try {
            long now = System.nanoTime();
            account.requested(now);
            boolean interrupted = false;
            while (locked) {
                long saved = switchNumber;
                long remaining;
                try {
                    remaining = cond.awaitNanos(intervalNanos);
                } catch (InterruptedException e) {
                    interrupted = true;
                    remaining = 1;
                }
                now = System.nanoTime();
                if (remaining <= 0 && locked && switchNumber == saved) {
                    dropRequest = true;
                    account.askedDrop(now);
                    interp.recomputeEvalBreaker();
                }
            }
            if (interp.mustExit(ts)) {
                account.ended(now);
                cond.signal();
                throw new InterpreterExit();
            }
            locked = true;
            holder = ts;
            boolean switched = lastHolder != ts;
            if (switched) {
                lastHolder = ts;
                switchNumber++;
            }
            account.acquired(now, switched);
            // forced switching: wake the thread that dropped the GIL and is waiting for this switch
            switchMutex.lock();
            try {
                switchCond.signalAll();
            } finally {
                switchMutex.unlock();
            }
            if (dropRequest) {
                dropRequest = false;
                interp.recomputeEvalBreaker();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** drop_gil: releases the GIL; when a drop request is pending, waits until another thread took it. */
    public void release(ThreadState ts, Reason reason) {
        mutex.lock();
        try {
            if (holder != ts) {
                return;
            }
            ts.gilAccount.released(System.nanoTime(), reason);
            locked = false;
            holder = null;
            cond.signal();
        } finally {
            mutex.unlock();
        }
        if (dropRequest && reason == Reason.DROP_REQUEST) {
            switchMutex.lock();
            try {
                if (lastHolder == ts) {
                    dropRequest = false;
                    interp.recomputeEvalBreaker();
                    // bounded wait: a waiter that was interrupted must not hang us forever
                    switchCond.await(Math.max(intervalNanos * 20, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                switchMutex.unlock();
            }
        }
    }

    boolean dropRequested() {
        return dropRequest;
    }

    /** At a check point with the drop request set: steps 3 then 1. */
    void yieldToWaiter(ThreadState ts) {
        release(ts, Reason.DROP_REQUEST);
        acquire(ts);
    }
}
