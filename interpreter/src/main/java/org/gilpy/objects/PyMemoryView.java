package org.gilpy.objects;

/**
 * {@code memoryview} over bytes or a bytearray: one-dimensional, format 'B'. A view of a
 * bytearray writes through to it, and the bytearray cannot change size while the view is held.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyBaseObject.TYPE, PyMemoryView::define);

    /** The exporting object: a PyBytes or a PyByteArray. */
    private final PyObject obj;
    private final int start;
    private final int step;
    private final int length;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int step, int length) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        if (obj instanceof PyByteArray ba) {
            ba.exports++;
        }
    }

    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.step, m.length);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.bytes.length);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, 0, 1, ba.size);
        }
        throw PyExc.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check() {
        if (released) {
            throw PyExc.valueError("operation forbidden on released memoryview object");
        }
    }

    private byte[] data() {
        return obj instanceof PyBytes b ? b.bytes : ((PyByteArray) obj).data;
    }

    private boolean readonly() {
        return obj instanceof PyBytes;
    }

    /** A copy of the viewed bytes. */
    public byte[] toBytes() {
        check();
        byte[] d = data();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = d[start + i * step];
        }
        return out;
    }

    private void release() {
        if (!released && obj instanceof PyByteArray ba) {
            ba.exports--;
        }
        released = true;
    }

    private static PyMemoryView m(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.check();
        return m;
    }

    private static void define(PyType t) {
        t.isBaseType = false;
        t.constructor((unused, args, kw) -> {
            PyObject[] p = ArgParser.parse("memoryview", java.util.Arrays.copyOfRange(args, 1, args.length), kw,
                    new String[] {"object"}, 1);
            return of(p[0]);
        });
        t.method("__len__", self -> PyInt.of(m(self).length));
        t.method("__getitem__", (self, idx) -> {
            PyMemoryView v = m(self);
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(v.length);
                return new PyMemoryView(v.obj, v.start + r[0] * v.step, v.step * r[2], r[3]);
            }
            return PyInt.of(v.data()[v.start + v.index(idx) * v.step] & 0xFF);
        });
        t.method("__setitem__", (self, idx, value) -> {
            PyMemoryView v = m(self);
            if (v.readonly()) {
                throw PyExc.typeError("cannot modify read-only memory");
            }
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(v.length);
                byte[] src = Abstract.bytesOf(value);
                if (src.length != r[3]) {
                    throw PyExc.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                for (int i = 0; i < r[3]; i++) {
                    v.data()[v.start + (r[0] + i * r[2]) * v.step] = src[i];
                }
                return PyNone.NONE;
            }
            long b = Abstract.index(value);
            if (b < 0 || b > 255) {
                throw PyExc.valueError("memoryview: invalid value for format 'B'");
            }
            v.data()[v.start + v.index(idx) * v.step] = (byte) b;
            return PyNone.NONE;
        });
        t.method("__iter__", self -> new PySeqIter(PyTuple.of(m(self).items())));
        t.method("__eq__", (self, other) -> {
            PyMemoryView v = (PyMemoryView) self;
            if (v == other) {
                return PyBool.TRUE;
            }
            if (v.released || !(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) {
                return other instanceof PyMemoryView ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (other instanceof PyMemoryView o && o.released) {
                return PyBool.FALSE;
            }
            return PyBool.of(java.util.Arrays.equals(v.toBytes(), Abstract.bytesOf(other)));
        });
        t.method("__hash__", self -> {
            PyMemoryView v = m(self);
            if (!v.readonly()) {
                throw PyExc.valueError("cannot hash writable memoryview object");
            }
            return PyInt.of(new PyBytes(v.toBytes()).pyHash());
        });
        t.method("__repr__", self -> PyStr.of((((PyMemoryView) self).released ? "<released memory at " : "<memory at ")
                + Abstract.address(self) + ">"));
        t.method("__enter__", self -> m(self));
        t.methodVar("__exit__", (self, args, kw) -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        t.method("release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        t.method("tobytes", self -> new PyBytes(m(self).toBytes()));
        t.method("tolist", self -> new PyList(m(self).items()));
        t.methodVar("hex", (self, args, kw) -> BytesMethods.hex(m(self).toBytes(), args, kw));
        t.getter("obj", self -> m(self).obj);
        t.getter("readonly", self -> PyBool.of(m(self).readonly()));
        t.getter("nbytes", self -> PyInt.of(m(self).length));
        t.getter("itemsize", self -> PyInt.of(1));
        t.getter("ndim", self -> PyInt.of(1));
        t.getter("format", self -> PyStr.of("B"));
        t.getter("shape", self -> PyTuple.of(PyInt.of(m(self).length)));
        t.getter("strides", self -> PyTuple.of(PyInt.of(m(self).step)));
        t.getter("contiguous", self -> PyBool.of(m(self).step == 1 || m(self).length <= 1));
        t.getter("c_contiguous", self -> PyBool.of(m(self).step == 1 || m(self).length <= 1));
        t.getter("released", self -> PyBool.of(((PyMemoryView) self).released));
    }

    private int index(PyObject idx) {
        if (!(idx instanceof PyInt) && idx.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("memoryview: invalid slice key");
        }
        int i = Slices.index(idx, length);
        if (i < 0) {
            throw PyExc.indexError("index out of bounds on dimension 1");
        }
        return i;
    }

    private PyObject[] items() {
        byte[] b = toBytes();
        PyObject[] out = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = PyInt.of(b[i] & 0xFF);
        }
        return out;
    }
}
