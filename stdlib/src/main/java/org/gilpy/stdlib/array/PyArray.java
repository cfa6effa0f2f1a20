package org.gilpy.stdlib.array;

import java.util.Arrays;
import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code array.array}: a compact sequence of one C type, held as the bytes CPython would hold
 * (so {@code tobytes()}, {@code frombytes()} and {@code bytes(a)} agree with CPython on the same
 * machine layout). Python subclasses are allowed, as in CPython.
 */
public final class PyArray extends PyObject {
    static final PyType TYPE = PyType.builtin("array", PyBaseObject.TYPE, PyArray::define);
    private static final PyType ITERATOR = PyType.builtin("arrayiterator", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("array"));
        t.method("__iter__", self -> self);
        t.method("__next__", self -> {
            PyObject r = ((PyIterator) self).next();
            if (r == null) {
                throw PyExc.stopIteration();
            }
            return r;
        });
    });

    private final PyType type;
    private PyDict dict;
    final TypeCode code;
    private byte[] data;
    private int length;

    PyArray(PyType type, TypeCode code) {
        this.type = type;
        this.code = code;
        this.data = new byte[0];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyArray copy = c.remember(this, new PyArray((PyType) c.copy(type), code));
        copy.data = data.clone();
        copy.length = length;
        copy.dict = dict == null ? null : (PyDict) c.copy(dict);
        return copy;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.isHeapType) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean isTrue() {
        return length > 0;
    }

    // ---------------------------------------------------------------- storage

    byte[] toBytes() {
        return Arrays.copyOf(data, length * code.itemsize);
    }

    private PyObject get(int index) {
        return code.get(data, index);
    }

    private void ensureCapacity(int items) {
        int need = items * code.itemsize;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, Math.max(16, data.length * 2)));
        }
    }

    /** Makes room for count items at index (moving the rest up) without filling it. */
    private void openGap(int index, int count) {
        ensureCapacity(length + count);
        int size = code.itemsize;
        System.arraycopy(data, index * size, data, (index + count) * size, (length - index) * size);
        length += count;
    }

    private void removeRange(int from, int to) {
        int size = code.itemsize;
        System.arraycopy(data, to * size, data, from * size, (length - to) * size);
        length -= to - from;
    }

    void append(PyObject value) {
        ensureCapacity(length + 1);
        code.set(data, length, value);
        length++;
    }

    /** Appends the values of an iterable; on a bad value, what was appended before it stays, as in CPython. */
    private void extendFrom(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    private void appendBytes(byte[] more) {
        if (more.length % code.itemsize != 0) {
            throw PyExc.valueError("bytes length not a multiple of item size");
        }
        int n = more.length / code.itemsize;
        ensureCapacity(length + n);
        System.arraycopy(more, 0, data, length * code.itemsize, more.length);
        length += n;
    }

    /** Writes raw bytes over the items starting at byte offset (struct.pack_into into an array). */
    void overwrite(int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, data, offset, bytes.length);
    }

    private PyArray copyRange(int from, int to) {
        PyArray r = new PyArray(TYPE, code);
        r.data = Arrays.copyOfRange(data, from * code.itemsize, to * code.itemsize);
        r.length = to - from;
        return r;
    }

    private String unicode() {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(((PyStr) get(i)).value);
        }
        return sb.toString();
    }

    private PyList toList() {
        PyObject[] items = new PyObject[length];
        for (int i = 0; i < length; i++) {
            items[i] = get(i);
        }
        return new PyList(items);
    }

    private int indexOf(PyObject x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Abstract.eqBool(get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- construction

    private static PyArray self(PyObject o) {
        return (PyArray) o;
    }

    private static PyObject construct(PyObject unused, PyObject[] args, String[] kw) {
        Builtin.noKeywords("array.array", kw);
        int n = args.length - 1;
        if (n < 1) {
            throw PyExc.typeError("array() takes at least 1 argument (0 given)");
        }
        if (n > 2) {
            throw PyExc.typeError("array() takes at most 2 arguments (%d given)", n);
        }
        if (!(args[1] instanceof PyStr tc) || tc.value.length() != 1) {
            throw PyExc.typeError("array() argument 1 must be a unicode character, not %s", args[1].type().name);
        }
        TypeCode code = TypeCode.of(tc.value.charAt(0));
        if (code == null) {
            throw PyExc.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray a = new PyArray((PyType) args[0], code);
        if (n == 2) {
            a.initialize(args[2]);
        }
        return a;
    }

    private void initialize(PyObject init) {
        if (init instanceof PyStr s) {
            if (code != TypeCode.u) {
                throw PyExc.typeError("cannot use a str to initialize an array with typecode '%c'", code.code);
            }
            fromUnicode(s.value);
        } else if (init instanceof PyArray other && other.code == TypeCode.u && code != TypeCode.u) {
            throw PyExc.typeError("cannot use a unicode array to initialize an array with typecode '%c'", code.code);
        } else if (init instanceof PyBytes || init instanceof PyByteArray) {
            appendBytes(Abstract.bytesOf(init));
        } else if (init != PyNone.NONE) {
            extendFrom(init);
        }
    }

    private void fromUnicode(String s) {
        s.codePoints().forEach(cp -> append(PyStr.of(new String(Character.toChars(cp)))));
    }

    // ---------------------------------------------------------------- the type

    private static void define(PyType t) {
        t.def("__module__", PyStr.of("array"));
        t.constructor(PyArray::construct);
        t.getter("typecode", a -> PyStr.of(String.valueOf(self(a).code.code)));
        t.getter("itemsize", a -> PyInt.of(self(a).code.itemsize));
        t.method("__len__", a -> PyInt.of(self(a).length));
        t.method("__iter__", a -> self(a).iterator());
        t.method("__getitem__", (a, index) -> self(a).getItem(index));
        t.method("__setitem__", (a, index, value) -> {
            self(a).setItem(index, value);
            return PyNone.NONE;
        });
        t.method("__delitem__", (a, index) -> {
            self(a).delItem(index);
            return PyNone.NONE;
        });
        t.method("__contains__", (a, x) -> PyBool.of(self(a).indexOf(x, 0, self(a).length) >= 0));
        t.method("__repr__", a -> PyStr.of(self(a).repr()));
        t.method("__bytes__", a -> new PyBytes(self(a).toBytes()));
        t.def("__hash__", PyNone.NONE);
        t.method("__add__", (a, b) -> self(a).concat(b));
        t.method("__iadd__", (a, b) -> {
            if (!(b instanceof PyArray other)) {
                throw PyExc.typeError("can only extend array with array (not \"%s\")", b.type().name);
            }
            self(a).extendArray(other);
            return a;
        });
        t.method("__mul__", (a, n) -> self(a).repeat(n));
        t.method("__rmul__", (a, n) -> self(a).repeat(n));
        t.method("__imul__", (a, n) -> {
            PyArray r = self(a);
            int k = repeatCount(n);
            byte[] once = r.toBytes();
            r.length = 0;
            for (int i = 0; i < k; i++) {
                r.appendBytes(once);
            }
            return a;
        });
        String[] compare = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < compare.length; op++) {
            int cmp = op;
            t.method(compare[op], (a, b) -> b instanceof PyArray other
                    ? PyBool.of(self(a).compareTo(other, cmp)) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method("append", (a, x) -> {
            self(a).append(x);
            return PyNone.NONE;
        });
        t.method("extend", (a, iterable) -> {
            if (iterable instanceof PyArray other) {
                if (other.code != self(a).code) {
                    throw PyExc.typeError("can only extend with array of same kind");
                }
                self(a).extendArray(other);
            } else {
                self(a).extendFrom(iterable);
            }
            return PyNone.NONE;
        });
        t.method("insert", (a, index, x) -> {
            PyArray r = self(a);
            long i = Abstract.index(index);
            i = i < 0 ? Math.max(0, i + r.length) : Math.min(i, r.length);
            PyArray one = new PyArray(TYPE, r.code);
            one.append(x);
            r.openGap((int) i, 1);
            System.arraycopy(one.data, 0, r.data, (int) i * r.code.itemsize, r.code.itemsize);
            return PyNone.NONE;
        });
        t.methodVar("pop", (a, args, kw) -> {
            Builtin.noKeywords("pop", kw);
            Builtin.range("pop", args, 0, 1);
            PyArray r = self(a);
            if (r.length == 0) {
                throw PyExc.indexError("pop from empty array");
            }
            long i = args.length == 0 ? -1 : Abstract.index(args[0]);
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw PyExc.indexError("pop index out of range");
            }
            PyObject v = r.get((int) i);
            r.removeRange((int) i, (int) i + 1);
            return v;
        });
        t.method("remove", (a, x) -> {
            PyArray r = self(a);
            int i = r.indexOf(x, 0, r.length);
            if (i < 0) {
                throw PyExc.valueError("array.remove(x): x not in array");
            }
            r.removeRange(i, i + 1);
            return PyNone.NONE;
        });
        t.methodVar("index", (a, args, kw) -> {
            Builtin.noKeywords("index", kw);
            Builtin.range("index", args, 1, 3);
            PyArray r = self(a);
            int from = args.length > 1 ? clip(Abstract.index(args[1]), r.length) : 0;
            int to = args.length > 2 ? clip(Abstract.index(args[2]), r.length) : r.length;
            int i = r.indexOf(args[0], from, to);
            if (i < 0) {
                throw PyExc.valueError("array.index(x): x not in array");
            }
            return PyInt.of(i);
        });
        t.method("count", (a, x) -> {
            PyArray r = self(a);
            int n = 0;
            for (int i = 0; i < r.length; i++) {
                n += Abstract.eqBool(r.get(i), x) ? 1 : 0;
            }
            return PyInt.of(n);
        });
        t.method("reverse", a -> {
            PyArray r = self(a);
            int size = r.code.itemsize;
            byte[] tmp = new byte[size];
            for (int i = 0, j = r.length - 1; i < j; i++, j--) {
                System.arraycopy(r.data, i * size, tmp, 0, size);
                System.arraycopy(r.data, j * size, r.data, i * size, size);
                System.arraycopy(tmp, 0, r.data, j * size, size);
            }
            return PyNone.NONE;
        });
        t.method("byteswap", a -> {
            PyArray r = self(a);
            int size = r.code.itemsize;
            for (int i = 0; i < r.length; i++) {
                for (int lo = i * size, hi = lo + size - 1; lo < hi; lo++, hi--) {
                    byte b = r.data[lo];
                    r.data[lo] = r.data[hi];
                    r.data[hi] = b;
                }
            }
            return PyNone.NONE;
        });
        t.method("buffer_info", a -> PyTuple.of(PyInt.of(System.identityHashCode(self(a).data) & 0xffffffffL),
                PyInt.of(self(a).length)));
        t.method("tobytes", a -> new PyBytes(self(a).toBytes()));
        t.method("frombytes", (a, b) -> {
            self(a).appendBytes(Buffers.read(b));
            return PyNone.NONE;
        });
        t.method("tolist", a -> self(a).toList());
        t.method("fromlist", (a, list) -> {
            if (!(list instanceof PyList l)) {
                throw PyExc.typeError("arg must be list");
            }
            PyArray r = self(a);
            PyArray added = new PyArray(TYPE, r.code);
            for (PyObject x : l.toArray()) {
                added.append(x);
            }
            r.extendArray(added);
            return PyNone.NONE;
        });
        t.method("tounicode", a -> {
            if (self(a).code != TypeCode.u) {
                throw PyExc.valueError("tounicode() may only be called on unicode type arrays");
            }
            return PyStr.of(self(a).unicode());
        });
        t.method("fromunicode", (a, s) -> {
            if (self(a).code != TypeCode.u) {
                throw PyExc.valueError("fromunicode() may only be called on unicode type arrays");
            }
            if (!(s instanceof PyStr str)) {
                throw PyExc.typeError("fromunicode() argument must be str, not %s", s.type().name);
            }
            self(a).fromUnicode(str.value);
            return PyNone.NONE;
        });
        t.method("tofile", (a, f) -> {
            Abstract.callMethod(f, PyStr.intern("write"), new PyBytes(self(a).toBytes()));
            return PyNone.NONE;
        });
        t.method("fromfile", (a, f, n) -> {
            PyArray r = self(a);
            long count = Abstract.index(n);
            if (count < 0) {
                throw PyExc.valueError("negative count");
            }
            byte[] got = Buffers.read(Abstract.callMethod(f, PyStr.intern("read"), PyInt.of(count * r.code.itemsize)));
            int whole = got.length - got.length % r.code.itemsize;
            r.appendBytes(Arrays.copyOf(got, whole));
            if (got.length < count * r.code.itemsize) {
                throw PyExc.raise(PyExc.EOFError, "read() didn't return enough bytes");
            }
            return PyNone.NONE;
        });
        t.method("__copy__", a -> self(a).copyRange(0, self(a).length));
        t.method("__deepcopy__", (a, memo) -> self(a).copyRange(0, self(a).length));
        t.method("__reduce_ex__", (a, protocol) -> {
            PyArray r = self(a);
            PyObject state = r.dict == null ? PyNone.NONE : r.dict;
            return PyTuple.of(r.type, PyTuple.of(PyStr.of(String.valueOf(r.code.code)), r.toList()), state);
        });
        t.method("__sizeof__", a -> PyInt.of(64 + self(a).data.length));
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    private static int clip(long i, int len) {
        if (i < 0) {
            i += len;
            return i < 0 ? 0 : (int) i;
        }
        return (int) Math.min(i, len);
    }

    private static int repeatCount(PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("can't multiply sequence by non-int of type '%s'", n.type().name);
        }
        long k = Abstract.index(n);
        return (int) Math.max(0, Math.min(k, Integer.MAX_VALUE));
    }

    private PyObject iterator() {
        return new PyIterator() {
            private int next;

            @Override
            public PyType type() {
                return ITERATOR;
            }

            @Override
            public PyObject next() {
                return next < length ? get(next++) : null;
            }
        };
    }

    /** An int subscript, made non-negative (it may still be out of range). */
    private long subscript(PyObject index) {
        if (!(index instanceof PyInt) && index.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("array indices must be integers");
        }
        long i = Abstract.index(index);
        return i < 0 ? i + length : i;
    }

    private PyObject getItem(PyObject index) {
        if (index instanceof PySlice s) {
            int[] ix = s.indices(length);
            if (ix[2] == 1) {
                return copyRange(ix[0], Math.max(ix[0], ix[1]));
            }
            PyArray r = new PyArray(TYPE, code);
            r.ensureCapacity(ix[3]);
            int size = code.itemsize;
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                System.arraycopy(data, i * size, r.data, k * size, size);
            }
            r.length = ix[3];
            return r;
        }
        long i = subscript(index);
        if (i < 0 || i >= length) {
            throw PyExc.indexError("array index out of range");
        }
        return get((int) i);
    }

    private void setItem(PyObject index, PyObject value) {
        if (index instanceof PySlice s) {
            if (!(value instanceof PyArray other)) {
                throw PyExc.typeError("can only assign array (not \"%s\") to array slice", value.type().name);
            }
            if (other.code != code) {
                throw PyExc.typeError("bad argument type for built-in operation");
            }
            assignSlice(s, other);
            return;
        }
        long i = subscript(index);
        if (i < 0 || i >= length) {
            throw PyExc.indexError("array assignment index out of range");
        }
        code.set(data, (int) i, value);
    }

    private void assignSlice(PySlice s, PyArray other) {
        int[] ix = s.indices(length);
        byte[] src = other.toBytes();
        int size = code.itemsize;
        if (ix[2] == 1) {
            int from = ix[0];
            int to = Math.max(from, ix[1]);
            removeRange(from, to);
            openGap(from, other.length);
            System.arraycopy(src, 0, data, from * size, src.length);
            return;
        }
        if (other.length != ix[3]) {
            throw PyExc.valueError("attempt to assign array of size %d to extended slice of size %d", other.length,
                    ix[3]);
        }
        for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
            System.arraycopy(src, k * size, data, i * size, size);
        }
    }

    private void delItem(PyObject index) {
        if (index instanceof PySlice s) {
            int[] ix = s.indices(length);
            if (ix[2] == 1) {
                removeRange(ix[0], Math.max(ix[0], ix[1]));
                return;
            }
            boolean[] drop = new boolean[length];
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                drop[i] = true;
            }
            int size = code.itemsize;
            int w = 0;
            for (int i = 0; i < length; i++) {
                if (!drop[i]) {
                    System.arraycopy(data, i * size, data, w * size, size);
                    w++;
                }
            }
            length = w;
            return;
        }
        long i = subscript(index);
        if (i < 0 || i >= length) {
            throw PyExc.indexError("array assignment index out of range");
        }
        removeRange((int) i, (int) i + 1);
    }

    private void extendArray(PyArray other) {
        if (other.code != code) {
            throw PyExc.typeError("can only extend with array of same kind");
        }
        appendBytes(other.toBytes());
    }

    private PyObject concat(PyObject b) {
        if (!(b instanceof PyArray other)) {
            throw PyExc.typeError("can only append array (not \"%s\") to array", b.type().name);
        }
        if (other.code != code) {
            throw PyExc.typeError("bad argument type for built-in operation");
        }
        PyArray r = copyRange(0, length);
        r.appendBytes(other.toBytes());
        return r;
    }

    private PyObject repeat(PyObject n) {
        int k = repeatCount(n);
        PyArray r = new PyArray(TYPE, code);
        byte[] once = toBytes();
        r.ensureCapacity(length * k);
        for (int i = 0; i < k; i++) {
            r.appendBytes(once);
        }
        return r;
    }

    /** Rich comparison (op as Abstract.CMP_*): item by item, then by length, as sequences compare. */
    private boolean compareTo(PyArray other, int op) {
        if (length != other.length && (op == Abstract.CMP_EQ || op == Abstract.CMP_NE)) {
            return op == Abstract.CMP_NE;
        }
        int n = Math.min(length, other.length);
        for (int i = 0; i < n; i++) {
            PyObject x = get(i);
            PyObject y = other.get(i);
            if (!Abstract.eqBool(x, y)) {
                if (op == Abstract.CMP_EQ) {
                    return false;
                }
                if (op == Abstract.CMP_NE) {
                    return true;
                }
                return Abstract.richCompare(x, y, op).isTrue();
            }
        }
        int a = length;
        int b = other.length;
        return switch (op) {
            case Abstract.CMP_LT -> a < b;
            case Abstract.CMP_LE -> a <= b;
            case Abstract.CMP_EQ -> a == b;
            case Abstract.CMP_NE -> a != b;
            case Abstract.CMP_GT -> a > b;
            default -> a >= b;
        };
    }

    private String repr() {
        String name = type == TYPE ? "array" : type.name;
        if (length == 0) {
            return name + "('" + code.code + "')";
        }
        String items = code == TypeCode.u ? PyStr.repr(unicode()) : Abstract.repr(toList()).value;
        return name + "('" + code.code + "', " + items + ")";
    }
}
