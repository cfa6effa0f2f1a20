package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread's account of its time with respect to the GIL: a thread is always in one of four
 * states, and each change of state closes a span of the previous one. The sums of the spans are
 * the statistics ({@code -X gil_stats}); with recording on, the spans themselves are kept for the
 * trace and the timeline ({@code -X gil_trace}, {@code -X gil_timeline}).
 *
 * <p>Only the thread itself changes its account, and only where the GIL changes state (request,
 * acquire, release, drop request), always holding the GIL's internal mutex: never at a check
 * point that finds nothing to do. Readers (stats, trace writing) take the same mutex, so the
 * account needs no lock of its own.
 */
public final class GilAccount {

    /** Where a thread stands with respect to the GIL. */
    public enum State {
        /** Between the thread state's creation and its first request. */
        NEW,
        /** Asked for the GIL and does not have it yet (including the forced-switching wait). */
        WAITING,
        /** Holds the GIL: runs Python code. */
        RUNNING,
        /** Released the GIL around a blocking call (sleep, lock, join, I/O). */
        BLOCKED,
        /** Released the GIL for good. */
        ENDED
    }

    /**
     * A closed span of one state, or (state null) a drop request the thread made at {@code start};
     * times are System.nanoTime values. reason: why a RUNNING span ended, or what a BLOCKED span
     * blocked on; null otherwise.
     */
    public record Span(State state, long start, long end, GIL.Reason reason) {
        public boolean isDropRequest() {
            return state == null;
        }
    }

    private final ThreadState ts;
    /** The GIL's mutex, which every change of this account is made under. */
    private final ReentrantLock guard;
    private final boolean recording;
    private final List<Span> spans;

    private State state = State.NEW;
    private GIL.Reason blockedOn;
    private long since;
    private final long created;
    private long ended;

    private long holdNanos;
    private long waitNanos;
    private long blockedNanos;
    private long acquisitions;
    private long switches;
    private long dropRequestsMade;
    private long dropRequestsObeyed;
    private long longestWaitNanos;

    GilAccount(ThreadState ts, ReentrantLock guard, boolean recording) {
        this.ts = ts;
        this.guard = guard;
        this.recording = recording;
        this.spans = recording ? new ArrayList<>() : List.of();
        this.created = System.nanoTime();
        this.since = created;
    }

    /** The thread asked for the GIL (a no-op when it is already waiting: the forced-switching wait). */
    void requested(long now) {
        if (state != State.WAITING) {
            enter(State.WAITING, now, null);
        }
    }

    /** The thread took the GIL; switched: it was not the last thread to hold it. */
    void acquired(long now, boolean switched) {
        long waited = now - since;
        longestWaitNanos = Math.max(longestWaitNanos, waited);
        acquisitions++;
        if (switched) {
            switches++;
        }
        enter(State.RUNNING, now, null);
    }

    /** The thread released the GIL for reason. */
    void released(long now, GIL.Reason reason) {
        switch (reason) {
            case DROP_REQUEST -> {
                dropRequestsObeyed++;
                enter(State.WAITING, now, reason);
            }
            case EXIT -> enter(State.ENDED, now, reason);
            default -> enter(State.BLOCKED, now, reason);
        }
    }

    /** The thread, waiting, asked the holder to drop the GIL. */
    void askedDrop(long now) {
        dropRequestsMade++;
        if (recording) {
            spans.add(new Span(null, now, now, null));
        }
    }

    /** The thread ends while waiting (the interpreter is finalizing). */
    void ended(long now) {
        enter(State.ENDED, now, null);
    }

    /** Closes the span of the current state at now and opens one of next. */
    private void enter(State next, long now, GIL.Reason reason) {
        long d = now - since;
        switch (state) {
            case RUNNING -> holdNanos += d;
            case WAITING -> waitNanos += d;
            case BLOCKED -> blockedNanos += d;
            default -> { }
        }
        if (recording && (state == State.RUNNING || state == State.WAITING || state == State.BLOCKED)) {
            spans.add(new Span(state, since, now, state == State.BLOCKED ? blockedOn : reason));
        }
        if (next == State.ENDED) {
            ended = now;
        }
        blockedOn = next == State.BLOCKED ? reason : null;
        state = next;
        since = now;
    }

    /**
     * The figures as of now: a span still open counts up to now (a now read just before a change
     * of state made since counts as that change's instant).
     */
    public GilStats.ThreadStats snapshot(long now) {
        guard.lock();
        try {
            return snapshotLocked(now);
        } finally {
            guard.unlock();
        }
    }

    private GilStats.ThreadStats snapshotLocked(long now) {
        long open = state == State.ENDED || state == State.NEW ? 0 : Math.max(0, now - since);
        long hold = holdNanos + (state == State.RUNNING ? open : 0);
        long wait = waitNanos + (state == State.WAITING ? open : 0);
        long blocked = blockedNanos + (state == State.BLOCKED ? open : 0);
        long longest = Math.max(longestWaitNanos, state == State.WAITING ? open : 0);
        long end = state == State.ENDED ? ended : Math.max(now, since);
        return new GilStats.ThreadStats(ts.name, ts.thread.getId(), state, end - created, hold, wait, blocked,
                acquisitions, switches, dropRequestsMade, dropRequestsObeyed, longest);
    }

    /**
     * The recorded spans in order of start, with the span still open (if any) closed at now;
     * empty unless recording was on.
     */
    public List<Span> spans(long now) {
        List<Span> all;
        guard.lock();
        try {
            all = new ArrayList<>(spans);
            if (recording && (state == State.RUNNING || state == State.WAITING || state == State.BLOCKED)) {
                all.add(new Span(state, since, Math.max(now, since), blockedOn));
            }
        } finally {
            guard.unlock();
        }
        // a drop request is kept as it is made, before the wait it falls in is closed
        all.sort(java.util.Comparator.comparingLong(Span::start));
        return all;
    }

    public ThreadState thread() {
        return ts;
    }
}
