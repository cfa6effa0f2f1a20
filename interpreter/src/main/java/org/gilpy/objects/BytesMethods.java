package org.gilpy.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The methods of {@code bytes} and {@code bytearray}. */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] b(PyObject o) {
        return Abstract.bytesOf(o);
    }

    /** bytes(x): from an int count, an iterable of ints, a buffer, or a str with an encoding. */
    static byte[] construct(String name, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse(name, args, kw, new String[] {"source", "encoding", "errors"}, 0,
                null, null, null);
        if (p[0] == null) {
            return new byte[0];
        }
        if (p[0] instanceof PyStr s) {
            if (p[1] == null) {
                throw PyExc.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value, ((PyStr) p[1]).value, p[2] == null ? "strict" : ((PyStr) p[2]).value);
        }
        if (p[0] instanceof PyInt n) {
            if (n.signum() < 0) {
                throw PyExc.valueError("negative count");
            }
            return new byte[n.intValue()];
        }
        if (p[0] instanceof PyBytes || p[0] instanceof PyByteArray) {
            return b(p[0]).clone();
        }
        PyObject[] items = Abstract.toArray(p[0]);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.index(items[i]);
            if (v < 0 || v > 255) {
                throw PyExc.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    static void defineCommon(PyType t, boolean mutable) {
        t.method("__len__", a -> PyInt.of(b(a).length));
        t.method("__iter__", a -> {
            byte[] bs = b(a);
            PyObject[] items = new PyObject[bs.length];
            for (int i = 0; i < bs.length; i++) {
                items[i] = PyInt.of(bs[i] & 0xff);
            }
            return new PySeqIter(PyTuple.of(items));
        });
        t.method("__getitem__", (a, idx) -> {
            byte[] bs = b(a);
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(bs.length);
                byte[] out = new byte[r[3]];
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out[i] = bs[j];
                }
                return mutable ? new PyByteArray(out) : new PyBytes(out);
            }
            int i = Slices.index(idx, bs.length);
            if (i < 0) {
                throw PyExc.indexError("index out of range");
            }
            return PyInt.of(bs[i] & 0xff);
        });
        t.method("__contains__", (a, x) -> {
            byte[] bs = b(a);
            if (x instanceof PyInt xi) {
                for (byte c : bs) {
                    if ((c & 0xff) == xi.v) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            return PyBool.of(indexOf(bs, b(x), 0) >= 0);
        });
        t.method("__add__", (a, x) -> {
            if (!(x instanceof PyBytes || x instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] l = b(a);
            byte[] r = b(x);
            byte[] out = Arrays.copyOf(l, l.length + r.length);
            System.arraycopy(r, 0, out, l.length, r.length);
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        t.method("__mul__", (a, n) -> {
            byte[] l = b(a);
            int k = (int) Math.max(0, Abstract.index(n));
            byte[] out = new byte[l.length * k];
            for (int i = 0; i < k; i++) {
                System.arraycopy(l, 0, out, i * l.length, l.length);
            }
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        for (int op = 0; op < 6; op++) {
            int code = op;
            t.method(Abstract.CMP_NAMES[op], (a, x) -> {
                if (!(x instanceof PyBytes || x instanceof PyByteArray)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                int c = Arrays.compareUnsigned(b(a), b(x));
                return PyBool.of(switch (code) {
                    case Abstract.CMP_LT -> c < 0;
                    case Abstract.CMP_LE -> c <= 0;
                    case Abstract.CMP_EQ -> c == 0;
                    case Abstract.CMP_NE -> c != 0;
                    case Abstract.CMP_GT -> c > 0;
                    default -> c >= 0;
                });
            });
        }
        t.methodVar("decode", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("decode", args, kw, new String[] {"encoding", "errors"}, 0,
                    PyStr.of("utf-8"), PyStr.of("strict"));
            return PyStr.of(Codecs.decode(b(a), ((PyStr) p[0]).value, ((PyStr) p[1]).value));
        });
        t.method("hex", a -> {
            StringBuilder sb = new StringBuilder();
            for (byte c : b(a)) {
                sb.append(String.format("%02x", c & 0xff));
            }
            return PyStr.of(sb.toString());
        });
        t.method("join", (a, it) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] sep = b(a);
            int i = 0;
            for (PyObject x : Abstract.toArray(it)) {
                if (i++ > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b(x));
            }
            return mutable ? new PyByteArray(out.toByteArray()) : new PyBytes(out.toByteArray());
        });
        t.methodVar("startswith", (a, args, kw) -> {
            byte[] s = b(a);
            byte[] p = b(args[0]);
            return PyBool.of(s.length >= p.length && Arrays.equals(Arrays.copyOf(s, p.length), p));
        });
        t.methodVar("endswith", (a, args, kw) -> {
            byte[] s = b(a);
            byte[] p = b(args[0]);
            return PyBool.of(s.length >= p.length && Arrays.equals(Arrays.copyOfRange(s, s.length - p.length, s.length), p));
        });
        t.methodVar("find", (a, args, kw) -> PyInt.of(indexOf(b(a), args[0] instanceof PyInt i
                ? new byte[] {(byte) i.v} : b(args[0]), 0)));
        t.methodVar("split", (a, args, kw) -> {
            byte[] s = b(a);
            List<PyObject> out = new ArrayList<>();
            if (args.length == 0 || args[0] == PyNone.NONE) {
                for (String part : new String(s, java.nio.charset.StandardCharsets.ISO_8859_1).trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        out.add(new PyBytes(part.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                    }
                }
                return new PyList(out);
            }
            byte[] sep = b(args[0]);
            int start = 0;
            for (int i = indexOf(s, sep, 0); i >= 0; i = indexOf(s, sep, start)) {
                out.add(new PyBytes(Arrays.copyOfRange(s, start, i)));
                start = i + sep.length;
            }
            out.add(new PyBytes(Arrays.copyOfRange(s, start, s.length)));
            return new PyList(out);
        });
        t.methodVar("strip", (a, args, kw) -> {
            byte[] s = b(a);
            int lo = 0;
            int hi = s.length;
            while (lo < hi && Character.isWhitespace(s[lo])) {
                lo++;
            }
            while (hi > lo && Character.isWhitespace(s[hi - 1])) {
                hi--;
            }
            byte[] out = Arrays.copyOfRange(s, lo, hi);
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        t.method("upper", a -> {
            byte[] out = new String(b(a), java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase()
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        t.method("lower", a -> {
            byte[] out = new String(b(a), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase()
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        t.method("count", (a, x) -> {
            byte[] s = b(a);
            byte[] p = x instanceof PyInt i ? new byte[] {(byte) i.v} : b(x);
            int n = 0;
            for (int i = indexOf(s, p, 0); i >= 0 && p.length > 0; i = indexOf(s, p, i + p.length)) {
                n++;
            }
            return PyInt.of(n);
        });
    }

    static int indexOf(byte[] s, byte[] p, int from) {
        outer:
        for (int i = from; i <= s.length - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (s[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void defineBytes(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (rest.length == 1 && kw == null && rest[0].type().lookup(PyStr.intern("__bytes__")) != null) {
                return Abstract.callMethod(rest[0], PyStr.intern("__bytes__"));
            }
            return new PyBytes(construct("bytes", rest, kw));
        });
        defineCommon(t, false);
        t.method("__hash__", a -> PyInt.of(((PyBytes) a).pyHash()));
        t.method("__repr__", a -> PyStr.of(PyBytes.repr(((PyBytes) a).bytes, ((PyBytes) a).bytes.length)));
        t.staticMethod("fromhex", (unused, args, kw) -> new PyBytes(fromHex(((PyStr) args[0]).value)));
    }

    static void defineByteArray(PyType t) {
        t.constructor((unused, args, kw) -> new PyByteArray(new byte[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            ((PyByteArray) self).set(construct("bytearray", args, kw));
            return PyNone.NONE;
        });
        defineCommon(t, true);
        t.def("__hash__", PyNone.NONE);
        t.method("__repr__", a -> PyStr.of("bytearray(" + PyBytes.repr(((PyByteArray) a).data, ((PyByteArray) a).size) + ")"));
        t.method("append", (a, x) -> {
            long v = Abstract.index(x);
            if (v < 0 || v > 255) {
                throw PyExc.valueError("byte must be in range(0, 256)");
            }
            ((PyByteArray) a).append((int) v);
            return PyNone.NONE;
        });
        t.method("extend", (a, x) -> {
            ((PyByteArray) a).extend(x instanceof PyBytes || x instanceof PyByteArray ? b(x) : construct("extend",
                    new PyObject[] {x}, null));
            return PyNone.NONE;
        });
        t.method("__setitem__", (a, idx, v) -> {
            PyByteArray ba = (PyByteArray) a;
            int i = Slices.index(idx, ba.size);
            if (i < 0) {
                throw PyExc.indexError("bytearray index out of range");
            }
            ba.data[i] = (byte) Abstract.index(v);
            return PyNone.NONE;
        });
        t.method("__iadd__", (a, x) -> {
            ((PyByteArray) a).extend(b(x));
            return a;
        });
    }

    static byte[] fromHex(String s) {
        String h = s.replace(" ", "");
        if (h.length() % 2 != 0) {
            throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position %d", h.length());
        }
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
