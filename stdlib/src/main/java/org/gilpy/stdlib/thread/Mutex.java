package org.gilpy.stdlib.thread;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;

/**
 * The primitive under every Python lock: a binary semaphore with no owner (any thread may
 * release it, as {@code PyThread_type_lock}). Acquiring follows CPython's
 * {@code acquire_timed}: a non-blocking try while holding the GIL, then, only if that fails and
 * the caller is willing to wait, a wait with the GIL released.
 */
final class Mutex {
    /** State 0 = unlocked, 1 = locked; not fair, as CPython's locks are not. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int unused) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int unused) {
            return compareAndSetState(1, 0);
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    private final Sync sync = new Sync();
    /** What a thread waiting for this lock is doing, for the GIL's accounting (LOCK, JOIN). */
    final GIL.Reason waitReason;

    Mutex(GIL.Reason waitReason) {
        this.waitReason = waitReason;
    }

    boolean tryAcquire() {
        return sync.tryAcquire(1);
    }

    /**
     * Acquires within timeoutNanos ({@link Timeouts#FOREVER} waits without limit, 0 only tries).
     * Returns whether the lock was acquired.
     */
    boolean acquire(long timeoutNanos) {
        if (sync.tryAcquire(1)) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        return Blocking.io(waitReason, () -> {
            if (timeoutNanos == Timeouts.FOREVER) {
                sync.acquireInterruptibly(1);
                return true;
            }
            return sync.tryAcquireNanos(1, timeoutNanos);
        });
    }

    /** Releases; false when it was not locked. */
    boolean release() {
        return sync.release(1);
    }

    boolean isLocked() {
        return sync.isLocked();
    }
}
