package org.gilpy.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The methods bytes and bytearray share (bytearray's own mutators are in ByteArrayMethods).
 * Text algorithms run over the bytes as Latin-1 text through {@link TextOps}, with ASCII-only
 * whitespace, case and character classes as CPython's bytes have.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] b(PyObject o) {
        return Abstract.bytesOf(o);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String text(PyObject self) {
        return latin1(b(self));
    }

    /** A bytes-like argument as Latin-1 text, with CPython's error for anything else. */
    private static String arg(PyObject o) {
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return latin1(Abstract.bytesOf(o));
        }
        throw PyExc.typeError("a bytes-like object is required, not '%s'", o.type().name);
    }

    /** A search argument: bytes-like, or an int naming one byte. */
    private static String subArg(PyObject o) {
        if (o instanceof PyInt || (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView)
                && o.type().lookup(Names.__index__) != null)) {
            return String.valueOf((char) byteValue(o));
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return latin1(Abstract.bytesOf(o));
        }
        throw PyExc.typeError("argument should be integer or bytes-like object, not '%s'", o.type().name);
    }

    static int byteValue(PyObject o) {
        long v = Abstract.index(o);
        if (v < 0 || v > 255) {
            throw PyExc.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    /** A new bytes or bytearray, the same kind as self. */
    private static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    private static PyObject make(PyObject self, String latin1) {
        return make(self, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Transformations of an unchanged bytes object return it; bytearray always copies. */
    private static PyObject makeOrSelf(PyObject self, String before, String after) {
        return self instanceof PyBytes && self.type() == PyBytes.TYPE && before.equals(after) ? self : make(self, after);
    }

    private static PyList list(PyObject self, List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(self, parts.get(i));
        }
        return new PyList(items);
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static char upper(char c) {
        return isLower(c) ? (char) (c - 32) : c;
    }

    private static char lower(char c) {
        return isUpper(c) ? (char) (c + 32) : c;
    }

    private interface ByteTest {
        boolean test(int c);
    }

    private static PyObject all(PyObject self, ByteTest test) {
        byte[] v = b(self);
        if (v.length == 0) {
            return PyBool.FALSE;
        }
        for (byte x : v) {
            if (!test.test(x & 0xFF)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private interface CharMap {
        char map(char c, int index, String text);
    }

    private static PyObject mapChars(PyObject self, CharMap f) {
        String v = text(self);
        char[] out = new char[v.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.map(v.charAt(i), i, v);
        }
        return make(self, new String(out));
    }

    /** bytes(x) / bytearray(x): from an int count, an iterable of ints, a buffer, or a str with an encoding. */
    static byte[] construct(String name, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse(name, args, kw, new String[] {"source", "encoding", "errors"}, 0,
                null, null, null);
        PyObject src = p[0];
        if (src == null) {
            if (p[1] != null || p[2] != null) {
                throw PyExc.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (p[1] == null) {
                throw PyExc.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value, Abstract.strArg(p[1], name), p[2] == null ? "strict" : Abstract.strArg(p[2], name));
        }
        if (p[1] != null || p[2] != null) {
            throw PyExc.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (src instanceof PyBytes || src instanceof PyByteArray || src instanceof PyMemoryView) {
            return b(src).clone();
        }
        if (src instanceof PyInt || src.type().lookup(Names.__index__) != null) {
            long n = Abstract.index(src);
            if (n < 0) {
                throw PyExc.valueError("negative count");
            }
            return new byte[(int) n];
        }
        if (src.type().lookup(Names.__iter__) == null && src.type().lookup(Names.__getitem__) == null) {
            throw PyExc.typeError("cannot convert '%s' object to %s", src.type().name, name);
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt) && items[i].type().lookup(Names.__index__) == null) {
                throw PyExc.typeError("'%s' object cannot be interpreted as an integer", items[i].type().name);
            }
            long v = Abstract.index(items[i]);
            if (v < 0 || v > 255) {
                throw PyExc.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    static void defineCommon(PyType t) {
        t.method("__len__", a -> PyInt.of(b(a).length));
        t.method("__iter__", a -> new PySeqIter(a));
        t.method("__getitem__", (a, idx) -> {
            byte[] bs = b(a);
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(bs.length);
                byte[] out = new byte[r[3]];
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out[i] = bs[j];
                }
                return make(a, out);
            }
            if (!(idx instanceof PyInt) && idx.type().lookup(Names.__index__) == null) {
                throw PyExc.typeError("%s indices must be integers or slices, not %s",
                        a instanceof PyByteArray ? "bytearray" : "byte", idx.type().name);
            }
            int i = Slices.index(idx, bs.length);
            if (i < 0) {
                throw PyExc.indexError("%s", a instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
            }
            return PyInt.of(bs[i] & 0xff);
        });
        t.method("__contains__", (a, x) -> PyBool.of(text(a).contains(subArg(x))));
        t.method("__add__", (a, x) -> {
            if (!(x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] l = b(a);
            byte[] r = b(x);
            byte[] out = Arrays.copyOf(l, l.length + r.length);
            System.arraycopy(r, 0, out, l.length, r.length);
            return make(a, out);
        });
        t.method("__mul__", BytesMethods::repeat);
        t.method("__rmul__", BytesMethods::repeat);
        t.method("__mod__", (a, args) -> make(a, PercentFormat.formatBytes(b(a), args)));
        t.method("__rmod__", (a, x) -> PyNotImplemented.NOT_IMPLEMENTED);
        for (int op = 0; op < 6; op++) {
            int code = op;
            t.method(Abstract.CMP_NAMES[op], (a, x) -> {
                if (!(x instanceof PyBytes || x instanceof PyByteArray || (x instanceof PyMemoryView
                        && (code == Abstract.CMP_EQ || code == Abstract.CMP_NE)))) {
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
        t.method("__str__", a -> Abstract.repr(a));
        t.methodVar("decode", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("decode", args, kw, new String[] {"encoding", "errors"}, 0,
                    PyStr.of("utf-8"), PyStr.of("strict"));
            return PyStr.of(Codecs.decode(b(a), Abstract.strArg(p[0], "decode"), Abstract.strArg(p[1], "decode")));
        });
        t.methodVar("hex", (a, args, kw) -> hex(b(a), args, kw));
        t.classMethod("fromhex", (cls, args, kw) -> {
            Builtin.noKeywords("fromhex", kw);
            Builtin.range("fromhex", args, 1, 1);
            if (!(args[0] instanceof PyStr s)) {
                throw PyExc.typeError("fromhex() argument must be str, not %s", args[0].type().name);
            }
            byte[] value = fromHex(s.value);
            PyType c = (PyType) cls;
            if (c == PyBytes.TYPE) {
                return new PyBytes(value);
            }
            if (c == PyByteArray.TYPE) {
                return new PyByteArray(value);
            }
            return Abstract.call(c, new PyBytes(value));
        });
        t.staticMethod("maketrans", (unused, args, kw) -> {
            Builtin.noKeywords("maketrans", kw);
            Builtin.range("maketrans", args, 2, 2);
            String from = arg(args[0]);
            String to = arg(args[1]);
            if (from.length() != to.length()) {
                throw PyExc.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length(); i++) {
                table[from.charAt(i)] = (byte) to.charAt(i);
            }
            return new PyBytes(table);
        });
        t.methodVar("translate", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("translate", args, kw, new String[] {"table", "delete"}, 1, null,
                    new PyBytes(new byte[0]));
            String table = p[0] == PyNone.NONE ? null : arg(p[0]);
            if (table != null && table.length() != 256) {
                throw PyExc.valueError("translation table must be 256 characters long");
            }
            String delete = arg(p[1]);
            String v = text(a);
            StringBuilder sb = new StringBuilder(v.length());
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (delete.indexOf(c) < 0) {
                    sb.append(table == null ? c : table.charAt(c));
                }
            }
            return makeOrSelf(a, v, sb.toString());
        });
        t.method("join", BytesMethods::join);
        t.methodVar("count", (a, args, kw) -> {
            Builtin.range("count", args, 1, 3);
            String v = text(a);
            int[] r = TextOps.span(v.length(), args, 1);
            return PyInt.of(TextOps.count(v, subArg(args[0]), r[0], r[1]));
        });
        t.methodVar("find", (a, args, kw) -> PyInt.of(find(a, args, "find", false)));
        t.methodVar("rfind", (a, args, kw) -> PyInt.of(find(a, args, "rfind", true)));
        t.methodVar("index", (a, args, kw) -> PyInt.of(index(a, args, "index", false)));
        t.methodVar("rindex", (a, args, kw) -> PyInt.of(index(a, args, "rindex", true)));
        t.methodVar("startswith", (a, args, kw) -> affix(a, args, true));
        t.methodVar("endswith", (a, args, kw) -> affix(a, args, false));
        t.methodVar("replace", (a, args, kw) -> {
            Builtin.noKeywords("replace", kw);
            Builtin.range("replace", args, 2, 3);
            String v = text(a);
            long count = args.length == 3 ? Abstract.index(args[2]) : -1;
            return makeOrSelf(a, v, TextOps.replace(v, arg(args[0]), arg(args[1]), count));
        });
        t.methodVar("split", (a, args, kw) -> split(a, args, kw, false));
        t.methodVar("rsplit", (a, args, kw) -> split(a, args, kw, true));
        t.methodVar("strip", (a, args, kw) -> strip(a, args, "strip", true, true));
        t.methodVar("lstrip", (a, args, kw) -> strip(a, args, "lstrip", true, false));
        t.methodVar("rstrip", (a, args, kw) -> strip(a, args, "rstrip", false, true));
        t.method("partition", (a, sep) -> partition(a, sep, false));
        t.method("rpartition", (a, sep) -> partition(a, sep, true));
        t.methodVar("splitlines", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("splitlines", args, kw, new String[] {"keepends"}, 0, PyBool.FALSE);
            return list(a, TextOps.splitlines(text(a), p[0].isTrue(), c -> c == '\n' || c == '\r'));
        });
        t.methodVar("center", (a, args, kw) -> pad(a, args, "center", 0));
        t.methodVar("ljust", (a, args, kw) -> pad(a, args, "ljust", -1));
        t.methodVar("rjust", (a, args, kw) -> pad(a, args, "rjust", 1));
        t.method("zfill", (a, w) -> {
            String v = text(a);
            String r = TextOps.zfill(v, v.length(), Abstract.index(w));
            return makeOrSelf(a, v, r == null ? v : r);
        });
        t.methodVar("expandtabs", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0, PyInt.of(8));
            String v = text(a);
            return makeOrSelf(a, v, TextOps.expandtabs(v, Abstract.index(p[0])));
        });
        t.method("removeprefix", (a, x) -> {
            String v = text(a);
            String prefix = arg(x);
            return makeOrSelf(a, v, v.startsWith(prefix) ? v.substring(prefix.length()) : v);
        });
        t.method("removesuffix", (a, x) -> {
            String v = text(a);
            String suffix = arg(x);
            return makeOrSelf(a, v, v.endsWith(suffix) && !suffix.isEmpty() ? v.substring(0, v.length() - suffix.length()) : v);
        });
        t.method("upper", a -> mapChars(a, (c, i, v) -> upper(c)));
        t.method("lower", a -> mapChars(a, (c, i, v) -> lower(c)));
        t.method("swapcase", a -> mapChars(a, (c, i, v) -> isUpper(c) ? lower(c) : upper(c)));
        t.method("capitalize", a -> mapChars(a, (c, i, v) -> i == 0 ? upper(c) : lower(c)));
        t.method("title", a -> mapChars(a, (c, i, v) -> i > 0 && isAlpha(v.charAt(i - 1)) ? lower(c) : upper(c)));
        t.method("isalpha", a -> all(a, BytesMethods::isAlpha));
        t.method("isalnum", a -> all(a, c -> isAlpha(c) || isDigit(c)));
        t.method("isdigit", a -> all(a, BytesMethods::isDigit));
        t.method("isspace", a -> all(a, BytesMethods::isSpace));
        t.method("isascii", a -> {
            for (byte x : b(a)) {
                if (x < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("islower", a -> {
            String v = text(a);
            return PyBool.of(v.chars().anyMatch(BytesMethods::isLower) && v.chars().noneMatch(BytesMethods::isUpper));
        });
        t.method("isupper", a -> {
            String v = text(a);
            return PyBool.of(v.chars().anyMatch(BytesMethods::isUpper) && v.chars().noneMatch(BytesMethods::isLower));
        });
        t.method("istitle", a -> PyBool.of(isTitle(text(a))));
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup(Names.__index__) == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] l = b(a);
        long k = Sequences.repeatCount(n);
        if (l.length > 0 && k > (Integer.MAX_VALUE - 16) / l.length) {
            throw PyExc.memoryError();
        }
        byte[] out = new byte[(int) (l.length * k)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(l, 0, out, i * l.length, l.length);
        }
        return make(a, out);
    }

    private static PyObject join(PyObject sep, PyObject iterable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] s = b(sep);
        PyObject[] items = Abstract.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            PyObject x = items[i];
            if (!(x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView)) {
                throw PyExc.typeError("sequence item %d: expected a bytes-like object, %s found", i, x.type().name);
            }
            if (i > 0) {
                out.writeBytes(s);
            }
            out.writeBytes(b(x));
        }
        return make(sep, out.toByteArray());
    }

    private static int find(PyObject a, PyObject[] args, String name, boolean last) {
        Builtin.range(name, args, 1, 3);
        String v = text(a);
        int[] r = TextOps.span(v.length(), args, 1);
        return TextOps.find(v, subArg(args[0]), r[0], r[1], last);
    }

    private static int index(PyObject a, PyObject[] args, String name, boolean last) {
        int i = find(a, args, name, last);
        if (i < 0) {
            throw PyExc.valueError("subsection not found");
        }
        return i;
    }

    private static PyObject affix(PyObject a, PyObject[] args, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Builtin.range(name, args, 1, 3);
        String v = text(a);
        int[] r = TextOps.span(v.length(), args, 1);
        PyObject[] options = args[0] instanceof PyTuple tup ? tup.items : new PyObject[] {args[0]};
        for (PyObject o : options) {
            if (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView)) {
                throw PyExc.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, o.type().name);
            }
            if (TextOps.affix(v, latin1(b(o)), r[0], r[1], prefix)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static PyObject split(PyObject a, PyObject[] args, String[] kw, boolean fromRight) {
        PyObject[] p = ArgParser.parse(fromRight ? "rsplit" : "split", args, kw, new String[] {"sep", "maxsplit"}, 0,
                PyNone.NONE, PyInt.of(-1));
        String sep = p[0] == PyNone.NONE ? null : arg(p[0]);
        return list(a, TextOps.split(text(a), sep, Abstract.index(p[1]), fromRight, BytesMethods::isSpace));
    }

    private static PyObject strip(PyObject a, PyObject[] args, String name, boolean left, boolean right) {
        Builtin.range(name, args, 0, 1);
        String chars = args.length == 0 || args[0] == PyNone.NONE ? null : arg(args[0]);
        String v = text(a);
        return makeOrSelf(a, v, TextOps.strip(v, chars, left, right, BytesMethods::isSpace));
    }

    private static PyObject partition(PyObject a, PyObject sep, boolean last) {
        String[] parts = TextOps.partition(text(a), arg(sep), last);
        PyObject sepObj = a instanceof PyBytes && sep instanceof PyBytes ? sep : make(a, parts[1]);
        return PyTuple.of(make(a, parts[0]), parts[1].isEmpty() ? make(a, "") : sepObj, make(a, parts[2]));
    }

    private static PyObject pad(PyObject a, PyObject[] args, String name, int side) {
        Builtin.range(name, args, 1, 2);
        char fill = ' ';
        if (args.length == 2) {
            PyObject f = args[1];
            if (!(f instanceof PyBytes || f instanceof PyByteArray) || b(f).length != 1) {
                throw PyExc.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, f.type().name);
            }
            fill = (char) (b(f)[0] & 0xFF);
        }
        String v = text(a);
        String r = TextOps.pad(v, v.length(), Abstract.index(args[0]), fill, side);
        return makeOrSelf(a, v, r == null ? v : r);
    }

    private static boolean isTitle(String v) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isUpper(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    /** bytes.hex([sep[, bytes_per_sep]]): sep groups from the right, or from the left for a negative count. */
    static PyObject hex(byte[] bytes, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("hex", args, kw, new String[] {"sep", "bytes_per_sep"}, 0, null, PyInt.of(1));
        String sep = null;
        if (p[0] != null) {
            sep = p[0] instanceof PyStr s ? s.value : arg(p[0]);
            if (sep.length() != 1) {
                throw PyExc.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 0x7f) {
                throw PyExc.valueError("sep must be ASCII.");
            }
        }
        long group = Abstract.index(p[1]);
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        int n = bytes.length;
        long size = Math.abs(group);
        for (int i = 0; i < n; i++) {
            if (sep != null && size > 0 && i > 0) {
                boolean boundary = group > 0 ? (n - i) % size == 0 : i % size == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return PyStr.of(sb.toString());
    }

    /** Pairs of hex digits, with ASCII whitespace allowed between pairs. */
    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) > 0x7f) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) <= 0x7f ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    static void defineBytes(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
            PyObject value;
            PyObject m = rest.length == 1 && kw == null ? rest[0].type().lookup(Names.__bytes__) : null;
            if (m != null && !(rest[0] instanceof PyBytes && rest[0].type() == PyBytes.TYPE)) {
                value = Abstract.callPrepended(m, rest[0]);
                if (!(value instanceof PyBytes)) {
                    throw PyExc.typeError("__bytes__ returned non-bytes (type %s)", value.type().name);
                }
            } else if (rest.length == 1 && kw == null && rest[0] instanceof PyBytes && cls == PyBytes.TYPE) {
                return rest[0];
            } else {
                value = new PyBytes(construct("bytes", rest, kw));
            }
            return cls == PyBytes.TYPE ? value : PyBytesSubclass.of(cls, ((PyBytes) value).bytes);
        });
        defineCommon(t);
        t.method("__hash__", a -> PyInt.of(((PyBytes) a).pyHash()));
        t.method("__repr__", a -> PyStr.of(PyBytes.repr(((PyBytes) a).bytes, ((PyBytes) a).bytes.length)));
        t.method("__bytes__", a -> a.type() == PyBytes.TYPE ? a : new PyBytes(((PyBytes) a).bytes));
        t.method("__getnewargs__", a -> PyTuple.of(new PyBytes(((PyBytes) a).bytes)));
    }
}
