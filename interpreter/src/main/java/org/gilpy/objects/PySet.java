package org.gilpy.objects;

/**
 * {@code set} and {@code frozenset}: an open-addressing table probed the way CPython's
 * setobject.c probes it (linear runs of 9, then perturbed jumps; resized at 3/5 full), so a set
 * iterates in the same order as on CPython — {@code {3, 1, 2}} prints as {@code {1, 2, 3}}.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyBaseObject.TYPE, t -> SetMethods.define(t, false));
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyBaseObject.TYPE, t -> SetMethods.define(t, true));

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot. */
    private static final PyObject DUMMY = new PyTuple(new PyObject[0]);

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill;
    private int used;
    final boolean frozen;
    private long frozenHash = -1;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public static PySet fromIterable(PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    public int size() {
        return used;
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }

    public void update(PyObject iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict d && d.getClass() == PyDict.class) {
            // as set_update_internal: one resize up front for a plain dict's keys
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) (keys.length - 1) * 3) {
                resize((used + n) * 2);
            }
            for (PyObject k : d.keyList()) {
                add(k);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            add(x);
        }
    }

    /** set_merge: copies slot for slot when the shapes allow, else inserts in the other's order. */
    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        int mask = keys.length - 1;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                addWithHash(k, other.hashes[i]);
            }
        }
    }

    public boolean add(PyObject key) {
        return addWithHash(key, Abstract.hash(key));
    }

    /** set_add_entry: adds key under its known hash; false when it is there already. */
    boolean addWithHash(PyObject key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    int slot = freeslot >= 0 ? freeslot : j;
                    if (freeslot < 0) {
                        fill++;
                    }
                    keys[slot] = key;
                    hashes[slot] = hash;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && (k == key || Abstract.eqBool(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(PyObject key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Abstract.eqBool(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newSize = MIN_SIZE;
        while (newSize <= minused) {
            newSize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        int mask = newSize - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            PyObject k = oldKeys[s];
            if (k == null || k == DUMMY) {
                continue;
            }
            long hash = oldHashes[s];
            int i = (int) (hash & mask);
            long perturb = hash;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    if (keys[j] == null) {
                        keys[j] = k;
                        hashes[j] = hash;
                        break outer;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
        fill = used;
    }

    public boolean contains(PyObject key) {
        PyObject k = key;
        if (key instanceof PySet s && !s.frozen) {
            k = PySet.fromIterable(s, true);
        }
        return find(k, Abstract.hash(k)) >= 0;
    }

    /** Removes key; false when absent. */
    public boolean discard(PyObject key) {
        return discardWithHash(key, Abstract.hash(key));
    }

    /** set_discard_entry: the slot of a removed key becomes a dummy. */
    boolean discardWithHash(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        used--;
        return true;
    }

    boolean containsWithHash(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    /** The number of slots; {@link #keyAt} and {@link #hashAt} walk them in table order. */
    int slots() {
        return keys.length;
    }

    /** The key in slot i, or null for an empty or deleted slot. */
    PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == DUMMY ? null : k;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    /** set_swap_bodies: this set takes other's table (the result of an in-place operation). */
    void takeTable(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
        other.clear();
    }

    /** After removals: a table more than a quarter dummies is rebuilt, as CPython's difference_update does. */
    void purgeDummies() {
        int mask = keys.length - 1;
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    /** Removes and returns an arbitrary element (the first slot, as CPython scans), or null. */
    public PyObject pop() {
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                keys[i] = DUMMY;
                used--;
                return k;
            }
        }
        return null;
    }

    /** The elements in table order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.merge(this);
        return s;
    }

    /** CPython's frozenset hash: shuffled entry hashes xor-ed, then mixed with the size. */
    public long pyHash() {
        if (frozenHash != -1) {
            return frozenHash;
        }
        long h = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                long eh = hashes[i];
                h ^= ((eh ^ 89869747L) ^ (eh << 16)) * 3644798167L;
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        frozenHash = h;
        return h;
    }

    PyIterator iterator() {
        return new SetIter(this);
    }

    private static final class SetIter extends PyIterator {
        private static final PyType TYPE = PyIterator.newType("set_iterator");
        private final PySet set;
        private final int initialUsed;
        private int pos;

        SetIter(PySet set) {
            this.set = set;
            this.initialUsed = set.used;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (set.used != initialUsed) {
                throw PyExc.runtimeError("Set changed size during iteration");
            }
            PyObject[] ks = set.keys;
            while (pos < ks.length) {
                PyObject k = ks[pos++];
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            return null;
        }
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        return c.remember(this, new PySet(frozen)).fillCopy(this, c);
    }

    /** Adds copies of original's elements to this fresh copy. */
    PySet fillCopy(PySet original, ForkCopier c) {
        for (PyObject k : original.keys) {
            if (k != null && k != DUMMY) {
                add(c.copy(k));
            }
        }
        return this;
    }
}
