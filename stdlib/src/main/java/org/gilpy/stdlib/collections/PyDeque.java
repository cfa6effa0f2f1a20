package org.gilpy.stdlib.collections;

import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.Reduce;

/**
 * {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends and an
 * optional maximum length (items fall off the other end when it is full), as CPython's.
 */
public final class PyDeque extends PyObject {
    public static final PyType TYPE = PyType.builtin("deque", PyBaseObject.TYPE, PyDeque::define);
    private static final PyType ITER = PyIterator.newType("_collections._deque_iterator");

    private final PyType type;
    private final PyDict dict;
    private PyObject[] ring = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    /** Bumped on every change, so iterators can refuse to continue after a mutation. */
    private int state;

    private PyDeque(PyType type) {
        this(type, type.hasInstanceDict());
    }

    private PyDeque(PyType type, boolean withDict) {
        this.type = type;
        this.dict = withDict ? new PyDict() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyDeque copy = c.remember(this, new PyDeque((PyType) c.copy(type), dict != null));
        PyObject[] items = new PyObject[ring.length];
        for (int i = 0; i < size; i++) {
            items[i] = c.copy(ring[(head + i) % ring.length]);
        }
        copy.ring = items;
        copy.size = size;
        copy.maxlen = maxlen;
        if (dict != null) {
            c.copyItems(dict, copy.dict);
        }
        return copy;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    private static PyDeque d(PyObject o) {
        return (PyDeque) o;
    }

    private PyObject at(int i) {
        return ring[(head + i) & (ring.length - 1)];
    }

    private void setAt(int i, PyObject v) {
        ring[(head + i) & (ring.length - 1)] = v;
    }

    private void grow() {
        PyObject[] bigger = new PyObject[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = at(i);
        }
        ring = bigger;
        head = 0;
    }

    void append(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        if (size == ring.length) {
            grow();
        }
        setAt(size++, v);
        state++;
    }

    void appendLeft(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popRight();
        }
        if (size == ring.length) {
            grow();
        }
        head = (head - 1) & (ring.length - 1);
        ring[head] = v;
        size++;
        state++;
    }

    PyObject popRight() {
        if (size == 0) {
            throw PyExc.indexError("pop from an empty deque");
        }
        PyObject v = at(size - 1);
        setAt(--size, null);
        state++;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw PyExc.indexError("pop from an empty deque");
        }
        PyObject v = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        state++;
        return v;
    }

    private void clear() {
        ring = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    private PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = at(i);
        }
        return out;
    }

    private void extend(PyObject iterable, boolean left) {
        PyObject[] items = iterable == this ? toArray() : Abstract.toArray(iterable);
        for (PyObject x : items) {
            if (left) {
                appendLeft(x);
            } else {
                append(x);
            }
        }
    }

    private int index(PyObject idx) {
        if (!(idx instanceof PyInt) && idx.type().lookup(PyStr.intern("__index__")) == null) {
            throw PyExc.typeError("sequence index must be integer, not '%s'", idx.type().name);
        }
        long i = Abstract.index(idx);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyExc.indexError("deque index out of range");
        }
        return (int) i;
    }

    private void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        PyObject[] items = toArray();
        for (int i = 0; i < size; i++) {
            setAt((i + k) % size, items[i]);
        }
        state++;
    }

    private PyDeque copyAs(PyType t) {
        PyDeque c = new PyDeque(t);
        c.maxlen = maxlen;
        for (int i = 0; i < size; i++) {
            c.append(at(i));
        }
        return c;
    }

    private String repr() {
        if (!Abstract.reprEnter(this)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder(type.name).append("([");
            for (int i = 0; i < size; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(at(i)).value);
            }
            sb.append(']');
            if (maxlen >= 0) {
                sb.append(", maxlen=").append(maxlen);
            }
            return sb.append(')').toString();
        } finally {
            Abstract.reprLeave(this);
        }
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyDeque db)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(PyTuple.of(d(a).toArray()), PyTuple.of(db.toArray()), op);
    }

    private static void define(PyType t) {
        t.def("__module__", PyStr.of("collections"));
        t.constructor((unused, args, kw) -> new PyDeque((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("deque", args, kw, new String[] {"iterable", "maxlen"}, 0, null, PyNone.NONE);
            PyDeque dq = d(self);
            if (p[1] != PyNone.NONE) {
                if (!(p[1] instanceof PyInt)) {
                    throw PyExc.typeError("an integer is required");
                }
                long m = Abstract.index(p[1]);
                if (m < 0) {
                    throw PyExc.valueError("maxlen must be non-negative");
                }
                dq.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            } else {
                dq.maxlen = -1;
            }
            dq.clear();
            if (p[0] != null) {
                dq.extend(p[0], false);
            }
            return PyNone.NONE;
        });
        t.method("append", (self, x) -> {
            d(self).append(x);
            return PyNone.NONE;
        });
        t.method("appendleft", (self, x) -> {
            d(self).appendLeft(x);
            return PyNone.NONE;
        });
        t.method("pop", self -> d(self).popRight());
        t.method("popleft", self -> d(self).popLeft());
        t.method("extend", (self, it) -> {
            d(self).extend(it, false);
            return PyNone.NONE;
        });
        t.method("extendleft", (self, it) -> {
            d(self).extend(it, true);
            return PyNone.NONE;
        });
        t.method("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.method("copy", self -> d(self).copyAs(self.type()));
        t.method("__copy__", self -> d(self).copyAs(self.type()));
        t.method("count", (self, x) -> {
            PyDeque dq = d(self);
            int n = 0;
            int before = dq.state;
            for (int i = 0; i < dq.size; i++) {
                PyObject v = dq.at(i);
                if (v == x || Abstract.eqBool(v, x)) {
                    n++;
                }
                if (dq.state != before) {
                    throw PyExc.runtimeError("deque mutated during iteration");
                }
            }
            return PyInt.of(n);
        });
        t.methodVar("index", (self, args, kw) -> {
            Builtin.range("index", args, 1, 3);
            PyDeque dq = d(self);
            int start = args.length > 1 ? clamp(Abstract.index(args[1]), dq.size) : 0;
            int stop = args.length > 2 ? clamp(Abstract.index(args[2]), dq.size) : dq.size;
            for (int i = start; i < stop; i++) {
                PyObject v = dq.at(i);
                if (v == args[0] || Abstract.eqBool(v, args[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError("%s is not in deque", Abstract.repr(args[0]).value);
        });
        t.method("insert", (self, i, x) -> {
            PyDeque dq = d(self);
            if (dq.size == dq.maxlen) {
                throw PyExc.indexError("deque already at its maximum size");
            }
            int at = clamp(Abstract.index(i), dq.size);
            PyObject[] items = dq.toArray();
            dq.clear();
            for (int k = 0; k < items.length; k++) {
                if (k == at) {
                    dq.append(x);
                }
                dq.append(items[k]);
            }
            if (at >= items.length) {
                dq.append(x);
            }
            return PyNone.NONE;
        });
        t.method("remove", (self, x) -> {
            PyDeque dq = d(self);
            for (int i = 0; i < dq.size; i++) {
                PyObject v = dq.at(i);
                if (v == x || Abstract.eqBool(v, x)) {
                    removeAt(dq, i);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("deque.remove(x): x not in deque");
        });
        t.method("reverse", self -> {
            PyDeque dq = d(self);
            PyObject[] items = dq.toArray();
            for (int i = 0; i < items.length; i++) {
                dq.setAt(i, items[items.length - 1 - i]);
            }
            dq.state++;
            return PyNone.NONE;
        });
        t.methodVar("rotate", (self, args, kw) -> {
            Builtin.range("rotate", args, 0, 1);
            d(self).rotate(args.length == 0 ? 1 : Abstract.index(args[0]));
            return PyNone.NONE;
        });
        t.getter("maxlen", self -> d(self).maxlen < 0 ? PyNone.NONE : PyInt.of(d(self).maxlen));
        t.method("__len__", self -> PyInt.of(d(self).size));
        t.method("__bool__", self -> PyBool.of(d(self).size != 0));
        t.method("__getitem__", (self, i) -> d(self).at(d(self).index(i)));
        t.method("__setitem__", (self, i, v) -> {
            d(self).setAt(d(self).index(i), v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (self, i) -> {
            removeAt(d(self), d(self).index(i));
            return PyNone.NONE;
        });
        t.method("__contains__", (self, x) -> {
            PyDeque dq = d(self);
            int before = dq.state;
            for (int i = 0; i < dq.size; i++) {
                PyObject v = dq.at(i);
                if (v == x || Abstract.eqBool(v, x)) {
                    return PyBool.TRUE;
                }
                if (dq.state != before) {
                    throw PyExc.runtimeError("deque mutated during iteration");
                }
            }
            return PyBool.FALSE;
        });
        t.method("__iter__", self -> new Iter(d(self), false));
        t.method("__reversed__", self -> new Iter(d(self), true));
        t.method("__repr__", self -> PyStr.of(d(self).repr()));
        t.def("__hash__", PyNone.NONE);
        for (int op = 0; op < 6; op++) {
            int code = op;
            t.method(Abstract.CMP_NAMES[op], (a, b) -> compare(a, b, code));
        }
        t.method("__add__", (a, b) -> {
            if (!(b instanceof PyDeque db)) {
                throw PyExc.typeError("can only concatenate deque (not \"%s\") to deque", b.type().name);
            }
            PyDeque r = d(a).copyAs(a.type());
            r.extend(db, false);
            return r;
        });
        t.method("__iadd__", (a, b) -> {
            d(a).extend(b, false);
            return a;
        });
        t.method("__mul__", (a, n) -> {
            PyDeque r = d(a).copyAs(a.type());
            repeatInPlace(r, Abstract.index(n));
            return r;
        });
        t.method("__rmul__", (a, n) -> {
            PyDeque r = d(a).copyAs(a.type());
            repeatInPlace(r, Abstract.index(n));
            return r;
        });
        t.method("__imul__", (a, n) -> {
            repeatInPlace(d(a), Abstract.index(n));
            return a;
        });
        t.method("__reduce__", self -> PyTuple.of(self.type(),
                d(self).maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d(self).maxlen)),
                Reduce.instanceDictOrNone(self), Abstract.iter(self)));
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    private static int clamp(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return (int) Math.max(0, Math.min(i, size));
    }

    private static void removeAt(PyDeque dq, int at) {
        PyObject[] items = dq.toArray();
        dq.clear();
        for (int k = 0; k < items.length; k++) {
            if (k != at) {
                dq.append(items[k]);
            }
        }
    }

    private static void repeatInPlace(PyDeque dq, long n) {
        PyObject[] items = dq.toArray();
        dq.clear();
        for (long r = 0; r < n; r++) {
            for (PyObject x : items) {
                dq.append(x);
            }
        }
    }

    /** Iterates front to back (or back to front), refusing to go on after the deque changed. */
    private static final class Iter extends PyIterator {
        private final PyDeque dq;
        private final boolean reversed;
        private final int state;
        private int next;

        Iter(PyDeque dq, boolean reversed) {
            this.dq = dq;
            this.reversed = reversed;
            this.state = dq.state;
        }

        @Override
        public PyType type() {
            return ITER;
        }

        @Override
        public PyObject next() {
            if (dq.state != state) {
                throw PyExc.runtimeError("deque mutated during iteration");
            }
            if (next >= dq.size) {
                return null;
            }
            int i = next++;
            return dq.at(reversed ? dq.size - 1 - i : i);
        }
    }
}
