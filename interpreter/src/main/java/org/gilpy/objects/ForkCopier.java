package org.gilpy.objects;

/**
 * What {@link PyObject#forkCopy} gets: the copying of one process's objects into a child
 * interpreter when a {@code multiprocessing} process is started by {@code fork}. A forked child
 * begins with a copy of its parent's state, so that what either changes afterwards the other
 * never sees; objects made for sharing between processes (shared values, process locks and
 * queues) are the exception and copy as themselves.
 *
 * <p>Copies are memoized, so shared references and cycles come out as in the original. A type's
 * {@code forkCopy} that can be part of a cycle either {@link #remember}s its copy before copying
 * what it refers to, or, when it needs those copies to construct itself, looks again with
 * {@link #copied} afterwards and returns the copy a cycle may have made meanwhile.
 */
public interface ForkCopier {
    /** The child's copy of o (o itself for what is immutable or shared across processes). */
    PyObject copy(PyObject o);

    /** Records copy as the copy of original, before its contents are copied; returns copy. */
    <T extends PyObject> T remember(PyObject original, T copy);

    /** The copy already made of original, or null. */
    PyObject copied(PyObject original);

    /** Runs close when the child process ends, however it ends (a copied pipe end, as the OS closes a file descriptor). */
    void closeWithChild(Runnable close);

    /** Copies every entry of from into to (a dict copy being filled); nothing when there is no dict. */
    default void copyItems(PyDict from, PyDict to) {
        if (from == null || to == null) {
            return;
        }
        for (var e : from.map.entrySet()) {
            to.setItem(copy(e.getKey()), copy(e.getValue()));
        }
    }

    /** Copies every element of items in place. */
    default PyObject[] copyAll(PyObject[] items) {
        PyObject[] out = items.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                out[i] = copy(out[i]);
            }
        }
        return out;
    }
}
