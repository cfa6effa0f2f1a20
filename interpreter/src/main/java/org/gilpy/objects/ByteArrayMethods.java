package org.gilpy.objects;

import java.util.Arrays;

/** bytearray: construction and the mutating methods (the read-only ones are shared with bytes). */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    /** The bytes a slice assignment or extend() takes: a buffer, or an iterable of ints in range. */
    private static byte[] source(PyObject value) {
        if (value instanceof PyBytes || value instanceof PyByteArray || value instanceof PyMemoryView) {
            return Abstract.bytesOf(value);
        }
        if (value instanceof PyInt || value.type().lookup(Names.__iter__) == null
                && value.type().lookup(Names.__getitem__) == null || value instanceof PyStr) {
            throw PyExc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesMethods.construct("bytearray", new PyObject[] {value}, null);
    }

    private static int index(PyByteArray a, PyObject idx) {
        if (!(idx instanceof PyInt) && idx.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("bytearray indices must be integers or slices, not %s", idx.type().name);
        }
        int i = Slices.index(idx, a.size);
        if (i < 0) {
            throw PyExc.indexError("bytearray index out of range");
        }
        return i;
    }

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> new PyByteArray((PyType) args[0], new byte[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            ba(self).set(BytesMethods.construct("bytearray", args, kw));
            return PyNone.NONE;
        });
        BytesMethods.defineCommon(t);
        t.def("__hash__", PyNone.NONE);
        t.method("__repr__", a -> PyStr.of(a.type().name + "(" + PyBytes.repr(ba(a).data, ba(a).size) + ")"));
        t.method("__alloc__", a -> PyInt.of(ba(a).data.length + 1));
        t.method("copy", a -> new PyByteArray(ba(a).toBytes()));
        t.method("__reduce_ex__", (a, protocol) -> {
            byte[] b = ba(a).toBytes();
            PyTuple args = Abstract.index(protocol) < 3
                    ? PyTuple.of(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"))
                    : PyTuple.of(new PyBytes(b));
            return PyTuple.of(a.type(), args, Reduce.instanceDictOrNone(a));
        });
        t.method("__reduce__", a -> Abstract.invoke(a, PyStr.intern("__reduce_ex__"), PyInt.of(0)));
        t.method("clear", a -> {
            ba(a).set(new byte[0]);
            return PyNone.NONE;
        });
        t.method("append", (a, x) -> {
            ba(a).append(BytesMethods.byteValue(x));
            return PyNone.NONE;
        });
        t.method("extend", (a, x) -> {
            if (x instanceof PyInt || x.type().lookup(Names.__iter__) == null && x.type().lookup(Names.__getitem__) == null) {
                throw PyExc.typeError("can't extend bytearray with %s", x.type().name);
            }
            ba(a).extend(x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView
                    ? Abstract.bytesOf(x) : BytesMethods.construct("bytearray", new PyObject[] {x}, null));
            return PyNone.NONE;
        });
        t.method("insert", (a, i, x) -> {
            PyByteArray b = ba(a);
            int v = BytesMethods.byteValue(x);
            long at = Abstract.index(i);
            at = at < 0 ? Math.max(0, at + b.size) : Math.min(at, b.size);
            b.replace((int) at, (int) at, new byte[] {(byte) v});
            return PyNone.NONE;
        });
        t.methodVar("pop", (a, args, kw) -> {
            Builtin.noKeywords("pop", kw);
            Builtin.range("pop", args, 0, 1);
            PyByteArray b = ba(a);
            if (b.size == 0) {
                throw PyExc.indexError("pop from empty bytearray");
            }
            long i = args.length == 0 ? b.size - 1 : Abstract.index(args[0]);
            if (i < 0) {
                i += b.size;
            }
            if (i < 0 || i >= b.size) {
                throw PyExc.indexError("pop index out of range");
            }
            int v = b.data[(int) i] & 0xFF;
            b.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(v);
        });
        t.method("remove", (a, x) -> {
            PyByteArray b = ba(a);
            int v = BytesMethods.byteValue(x);
            for (int i = 0; i < b.size; i++) {
                if ((b.data[i] & 0xFF) == v) {
                    b.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("value not found in bytearray");
        });
        t.method("reverse", a -> {
            PyByteArray b = ba(a);
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte tmp = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = tmp;
            }
            return PyNone.NONE;
        });
        t.method("__setitem__", (a, idx, v) -> {
            PyByteArray b = ba(a);
            if (idx instanceof PySlice sl) {
                setSlice(b, sl, source(v));
            } else {
                b.data[index(b, idx)] = (byte) BytesMethods.byteValue(v);
            }
            return PyNone.NONE;
        });
        t.method("__delitem__", (a, idx) -> {
            PyByteArray b = ba(a);
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(b.size);
                if (r[2] == 1) {
                    b.replace(r[0], Math.max(r[0], r[1]), new byte[0]);
                } else {
                    deleteExtended(b, r);
                }
            } else {
                int i = index(b, idx);
                b.replace(i, i + 1, new byte[0]);
            }
            return PyNone.NONE;
        });
        t.method("__iadd__", (a, x) -> {
            if (!(x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView)) {
                throw PyExc.typeError("can't concat %s to bytearray", x.type().name);
            }
            ba(a).extend(Abstract.bytesOf(x));
            return a;
        });
        t.method("__imul__", (a, n) -> {
            if (!(n instanceof PyInt) && n.type().lookup(Names.__index__) == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyByteArray b = ba(a);
            byte[] once = b.toBytes();
            long k = Math.max(0, Abstract.index(n));
            byte[] out = new byte[(int) (once.length * k)];
            for (int i = 0; i < k; i++) {
                System.arraycopy(once, 0, out, i * once.length, once.length);
            }
            b.set(out);
            return a;
        });
    }

    private static void setSlice(PyByteArray b, PySlice sl, byte[] src) {
        int[] r = sl.indices(b.size);
        if (r[2] == 1) {
            b.replace(r[0], Math.max(r[0], r[1]), src);
            return;
        }
        if (src.length != r[3]) {
            throw PyExc.valueError("attempt to assign bytes of size %d to extended slice of size %d", src.length, r[3]);
        }
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
            b.data[j] = src[i];
        }
    }

    private static void deleteExtended(PyByteArray b, int[] r) {
        boolean[] drop = new boolean[b.size];
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
            drop[j] = true;
        }
        byte[] out = new byte[b.size - r[3]];
        int k = 0;
        for (int i = 0; i < b.size; i++) {
            if (!drop[i]) {
                out[k++] = b.data[i];
            }
        }
        if (r[3] > 0) {
            b.set(Arrays.copyOf(out, k));
        }
    }
}
