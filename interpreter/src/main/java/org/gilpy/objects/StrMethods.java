package org.gilpy.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The methods of {@code str}, declared on its type. */
final class StrMethods {
    private StrMethods() {}

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    private static String arg(PyObject o, String fn) {
        if (o instanceof PyStr p) {
            return p.value;
        }
        throw PyExc.typeError("%s arg must be None or str", fn);
    }

    static void define(PyType t) {
        t.constructor(StrMethods::strNew);
        t.method("__add__", (a, b) -> b instanceof PyStr sb ? PyStr.of(s(a) + sb.value) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__mul__", (a, n) -> repeat(a, n));
        t.method("__rmul__", (a, n) -> repeat(a, n));
        t.method("__mod__", (a, args) -> PyStr.of(PercentFormat.format(s(a), args)));
        t.method("__rmod__", (a, b) -> PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__len__", a -> PyInt.of(((PyStr) a).length()));
        t.method("__getitem__", StrMethods::getItem);
        t.method("__contains__", (a, b) -> {
            if (!(b instanceof PyStr sb)) {
                throw PyExc.typeError("'in <string>' requires string as left operand, not %s", b.type().name);
            }
            return PyBool.of(s(a).contains(sb.value));
        });
        t.method("__iter__", a -> new PySeqIter(a));
        t.method("__hash__", a -> PyInt.of(((PyStr) a).pyHash()));
        t.method("__repr__", a -> PyStr.of(PyStr.repr(s(a))));
        t.method("__str__", a -> a.getClass() == PyStr.class ? a : PyStr.of(s(a)));
        t.method("__format__", (a, spec) -> PyStr.of(Formatter.formatStr(s(a), Abstract.strArg(spec, "format"))));
        t.method("__eq__", (a, b) -> b instanceof PyStr sb ? PyBool.of(s(a).equals(sb.value)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ne__", (a, b) -> b instanceof PyStr sb ? PyBool.of(!s(a).equals(sb.value)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__lt__", (a, b) -> b instanceof PyStr sb ? PyBool.of(PyStr.compare(s(a), sb.value) < 0) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__le__", (a, b) -> b instanceof PyStr sb ? PyBool.of(PyStr.compare(s(a), sb.value) <= 0) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__gt__", (a, b) -> b instanceof PyStr sb ? PyBool.of(PyStr.compare(s(a), sb.value) > 0) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ge__", (a, b) -> b instanceof PyStr sb ? PyBool.of(PyStr.compare(s(a), sb.value) >= 0) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__getnewargs__", a -> PyTuple.of(PyStr.of(s(a))));
        t.method("join", StrMethods::join);
        t.methodVar("split", (a, args, kw) -> split(a, args, kw, false));
        t.methodVar("rsplit", (a, args, kw) -> split(a, args, kw, true));
        t.methodVar("strip", (a, args, kw) -> strip(a, args, kw, true, true));
        t.methodVar("lstrip", (a, args, kw) -> strip(a, args, kw, true, false));
        t.methodVar("rstrip", (a, args, kw) -> strip(a, args, kw, false, true));
        t.method("upper", a -> PyStr.of(s(a).toUpperCase()));
        t.method("lower", a -> PyStr.of(s(a).toLowerCase()));
        t.method("casefold", a -> PyStr.of(s(a).toLowerCase().replace("ß", "ss")));
        t.method("swapcase", a -> {
            StringBuilder sb = new StringBuilder();
            s(a).codePoints().forEach(c -> sb.append(Character.isUpperCase(c) ? new String(Character.toChars(c)).toLowerCase()
                    : new String(Character.toChars(c)).toUpperCase()));
            return PyStr.of(sb.toString());
        });
        t.method("capitalize", a -> {
            String v = s(a);
            if (v.isEmpty()) {
                return a;
            }
            int first = v.codePointAt(0);
            return PyStr.of(titleCase(first) + v.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        });
        t.method("title", a -> PyStr.of(title(s(a))));
        t.methodVar("replace", (a, args, kw) -> {
            Builtin.range("replace", args, 2, 3);
            String old = arg(args[0], "replace");
            String nu = arg(args[1], "replace");
            long count = args.length == 3 ? Abstract.index(args[2]) : -1;
            return PyStr.of(TextOps.replace(s(a), old, nu, count));
        });
        t.methodVar("startswith", (a, args, kw) -> affix(a, args, true));
        t.methodVar("endswith", (a, args, kw) -> affix(a, args, false));
        t.methodVar("find", (a, args, kw) -> PyInt.of(find(a, args, "find", false)));
        t.methodVar("rfind", (a, args, kw) -> PyInt.of(find(a, args, "rfind", true)));
        t.methodVar("index", (a, args, kw) -> {
            int i = find(a, args, "index", false);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.methodVar("rindex", (a, args, kw) -> {
            int i = find(a, args, "rindex", true);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.methodVar("count", (a, args, kw) -> {
            Builtin.range("count", args, 1, 3);
            PyStr str = (PyStr) a;
            String sub = arg(args[0], "count");
            if (sub.isEmpty()) {
                int[] r = TextOps.span(str.length(), args, 1);
                return PyInt.of(Math.max(0, r[1] - r[0] + 1));
            }
            int[] r = span(str, args, 1);
            return PyInt.of(TextOps.count(str.value, sub, r[0], r[1]));
        });
        t.methodVar("format", (a, args, kw) -> PyStr.of(StrFormat.format(s(a), args, kw)));
        t.method("format_map", (a, m) -> PyStr.of(StrFormat.formatMap(s(a), m)));
        t.method("isdigit", a -> test(a, StrMethods::isDigit));
        t.method("isdecimal", a -> test(a, Character::isDigit));
        t.method("isnumeric", a -> test(a, c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                || Character.getType(c) == Character.LETTER_NUMBER));
        t.method("isalpha", a -> test(a, Character::isLetter));
        t.method("isalnum", a -> test(a, Character::isLetterOrDigit));
        t.method("isspace", a -> test(a, StrMethods::isSpace));
        t.method("isascii", a -> PyBool.of(s(a).chars().allMatch(c -> c < 128)));
        t.method("isprintable", a -> PyBool.of(s(a).codePoints().allMatch(PyStr::isPrintable)));
        t.method("isupper", a -> PyBool.of(hasCased(s(a)) && s(a).codePoints().noneMatch(Character::isLowerCase)));
        t.method("islower", a -> PyBool.of(hasCased(s(a)) && s(a).codePoints().noneMatch(Character::isUpperCase)));
        t.method("istitle", a -> PyBool.of(hasCased(s(a)) && title(s(a)).equals(s(a))));
        t.method("isidentifier", a -> PyBool.of(isIdentifier(s(a))));
        t.methodVar("center", (a, args, kw) -> pad(a, args, "center", 0));
        t.methodVar("ljust", (a, args, kw) -> pad(a, args, "ljust", -1));
        t.methodVar("rjust", (a, args, kw) -> pad(a, args, "rjust", 1));
        t.method("zfill", (a, w) -> {
            String r = TextOps.zfill(s(a), ((PyStr) a).length(), Abstract.index(w));
            return r == null ? a : PyStr.of(r);
        });
        t.methodVar("splitlines", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("splitlines", args, kw, new String[] {"keepends"}, 0, PyBool.FALSE);
            return strList(TextOps.splitlines(s(a), p[0].isTrue(), StrMethods::isLineBreak));
        });
        t.method("partition", (a, sep) -> strTuple(TextOps.partition(s(a), arg(sep, "partition"), false)));
        t.method("rpartition", (a, sep) -> strTuple(TextOps.partition(s(a), arg(sep, "rpartition"), true)));
        t.methodVar("encode", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("encode", args, kw, new String[] {"encoding", "errors"}, 0,
                    PyStr.of("utf-8"), PyStr.of("strict"));
            return new PyBytes(Codecs.encode(s(a), s(p[0]), s(p[1])));
        });
        t.methodVar("expandtabs", (a, args, kw) -> {
            PyObject[] p = ArgParser.parse("expandtabs", args, kw, new String[] {"tabsize"}, 0, PyInt.of(8));
            return PyStr.of(TextOps.expandtabs(s(a), Abstract.index(p[0])));
        });
        t.method("removeprefix", (a, p) -> {
            String v = s(a);
            String x = arg(p, "removeprefix");
            return v.startsWith(x) ? PyStr.of(v.substring(x.length())) : a;
        });
        t.method("removesuffix", (a, p) -> {
            String v = s(a);
            String x = arg(p, "removesuffix");
            return v.endsWith(x) && !x.isEmpty() ? PyStr.of(v.substring(0, v.length() - x.length())) : a;
        });
        t.method("translate", (a, table) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(a).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Abstract.getItem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (!e.matches(PyExc.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r instanceof PyInt ri) {
                    sb.appendCodePoint((int) ri.longValue());
                } else if (r instanceof PyStr rs) {
                    sb.append(rs.value);
                } else if (r != PyNone.NONE) {
                    throw PyExc.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString());
        });
        t.staticMethod("maketrans", (unused, args, kw) -> {
            Builtin.range("maketrans", args, 1, 3);
            PyDict d = new PyDict();
            if (args.length == 1) {
                for (PyObject k : ((PyDict) args[0]).keyList()) {
                    PyObject key = k instanceof PyStr ks ? PyInt.of(ks.value.charAt(0)) : k;
                    d.setItem(key, ((PyDict) args[0]).getItem(k));
                }
                return d;
            }
            String x = s(args[0]);
            String y = s(args[1]);
            if (x.length() != y.length()) {
                throw PyExc.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < x.length(); i++) {
                d.setItem(PyInt.of(x.charAt(i)), PyInt.of(y.charAt(i)));
            }
            if (args.length == 3) {
                for (char c : s(args[2]).toCharArray()) {
                    d.setItem(PyInt.of(c), PyNone.NONE);
                }
            }
            return d;
        });
    }

    private static PyObject strNew(PyObject unused, PyObject[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        PyObject[] p = ArgParser.parse("str", rest, kw, new String[] {"object", "encoding", "errors"}, 0,
                PyStr.EMPTY, null, null);
        PyStr value;
        if (p[1] != null || p[2] != null) {
            String enc = p[1] == null ? "utf-8" : s(p[1]);
            if (p[0] instanceof PyStr) {
                throw PyExc.typeError("decoding str is not supported");
            }
            if (!(p[0] instanceof PyBytes || p[0] instanceof PyByteArray)) {
                throw PyExc.typeError("decoding to str: need a bytes-like object, %s found", p[0].type().name);
            }
            value = PyStr.of(Codecs.decode(Abstract.bytesOf(p[0]), enc, p[2] == null ? "strict" : s(p[2])));
        } else {
            value = Abstract.str(p[0]);
        }
        return cls == PyStr.TYPE ? value : new PyStrSubclass(cls, value.value);
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup(Names.__index__) == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long k = Sequences.repeatCount(n);
        String v = s(a);
        if (k <= 0 || v.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (k * v.length() > Integer.MAX_VALUE - 16) {
            throw PyExc.memoryError();
        }
        return PyStr.of(v.repeat((int) k));
    }

    private static PyObject getItem(PyObject a, PyObject idx) {
        PyStr str = (PyStr) a;
        String v = str.value;
        int len = str.length();
        if (idx instanceof PySlice sl) {
            int[] r = sl.indices(len);
            if (r[2] == 1) {
                return r[0] >= r[1] ? PyStr.EMPTY : PyStr.of(v.substring(str.offset(r[0]), str.offset(r[1])));
            }
            StringBuilder sb = new StringBuilder();
            if (str.isBmp()) {
                for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                    sb.append(v.charAt(i));
                }
            } else {
                int[] cps = v.codePoints().toArray();
                for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return PyStr.of(sb.toString());
        }
        if (!(idx instanceof PyInt) && idx.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("string indices must be integers, not '%s'", idx.type().name);
        }
        long i = Abstract.index(idx);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyExc.indexError("string index out of range");
        }
        return str.isBmp() ? PyStr.charAt(v.charAt((int) i)) : PyStr.ofCodePoint(v.codePointAt(str.offset((int) i)));
    }

    /**
     * The optional (start, end) arguments as UTF-16 offsets into str: adjusted in code points,
     * then translated (a start past the end stays past it, so searches still fail).
     */
    private static int[] span(PyStr str, PyObject[] args, int from) {
        int len = str.length();
        int[] r = TextOps.span(len, args, from);
        if (str.isBmp()) {
            return r;
        }
        int start = r[0] > len ? str.value.length() + (r[0] - len) : str.offset(r[0]);
        return new int[] {start, str.offset(r[1])};
    }

    private static PyObject join(PyObject sep, PyObject iterable) {
        StringBuilder sb = new StringBuilder();
        String sv = s(sep);
        int i = 0;
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (!(x instanceof PyStr xs)) {
                throw PyExc.typeError("sequence item %d: expected str instance, %s found", i, x.type().name);
            }
            if (i > 0) {
                sb.append(sv);
            }
            sb.append(xs.value);
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject split(PyObject a, PyObject[] args, String[] kw, boolean fromRight) {
        PyObject[] p = ArgParser.parse(fromRight ? "rsplit" : "split", args, kw, new String[] {"sep", "maxsplit"}, 0,
                PyNone.NONE, PyInt.of(-1));
        String sep = p[0] == PyNone.NONE ? null : arg(p[0], "split");
        return strList(TextOps.split(s(a), sep, Abstract.index(p[1]), fromRight, StrMethods::isSpace));
    }

    private static PyList strList(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(parts.get(i));
        }
        return new PyList(items);
    }

    private static PyTuple strTuple(String[] parts) {
        return PyTuple.of(PyStr.of(parts[0]), PyStr.of(parts[1]), PyStr.of(parts[2]));
    }

    /** Python's str.isspace: Unicode whitespace (bidirectional WS, B, S or category Zs). */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** Numeric_Type Decimal or Digit: decimal digits, and digit-valued other numbers such as '²' (not '½'). */
    static boolean isDigit(int c) {
        if (Character.isDigit(c)) {
            return true;
        }
        int value = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && value >= 0 && value <= 9;
    }

    private static PyObject strip(PyObject a, PyObject[] args, String[] kw, boolean left, boolean right) {
        String name = left && right ? "strip" : left ? "lstrip" : "rstrip";
        Builtin.range(name, args, 0, 1);
        String v = s(a);
        String chars = args.length == 0 || args[0] == PyNone.NONE ? null : arg(args[0], name);
        String r = TextOps.strip(v, chars, left, right, StrMethods::isSpace);
        return r.length() == v.length() ? a : PyStr.of(r);
    }

    private static PyObject affix(PyObject a, PyObject[] args, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Builtin.range(name, args, 1, 3);
        String v = s(a);
        int[] r = span((PyStr) a, args, 1);
        PyObject[] options = args[0] instanceof PyTuple tup ? tup.items : new PyObject[] {args[0]};
        for (PyObject o : options) {
            if (!(o instanceof PyStr os)) {
                throw PyExc.typeError("%s first arg must be str or a tuple of str, not %s", name, o.type().name);
            }
            if (TextOps.affix(v, os.value, r[0], r[1], prefix)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static int find(PyObject a, PyObject[] args, String name, boolean last) {
        Builtin.range(name, args, 1, 3);
        String v = s(a);
        int[] r = span((PyStr) a, args, 1);
        int i = TextOps.find(v, arg(args[0], name), r[0], r[1], last);
        return i < 0 ? i : ((PyStr) a).index(i);
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static PyObject test(PyObject a, CharTest test) {
        String v = s(a);
        return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(test::test));
    }

    private static boolean hasCased(String v) {
        return v.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c));
    }

    /** str.title as CPython: title-case after an uncased character, lower-case after a cased one. */
    static String title(String v) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        int[] cps = v.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!prevCased) {
                sb.append(titleCase(c));
            } else if (c == 0x3A3) {
                sb.appendCodePoint(isFinalSigma(cps, i) ? 0x3C2 : 0x3C3);
            } else {
                sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            }
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    /** A capital sigma that lower-cases to final 'ς': no cased letter follows (past case-ignorable ones). */
    private static boolean isFinalSigma(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            int type = Character.getType(cps[j]);
            boolean ignorable = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT || type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL
                    || cps[j] == '\'' || cps[j] == '.' || cps[j] == ':' || cps[j] == 0x2019;
            if (!ignorable) {
                return !isCased(cps[j]);
            }
        }
        return true;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /**
     * The full title-case mapping of c: its title-case character, or for characters that
     * upper-case to several ('ß' to "SS"), the first of those followed by the rest lower-cased
     * ("Ss"), unless that first one is uncased ('ŉ' to "ʼN").
     */
    static String titleCase(int c) {
        int t = Character.toTitleCase(c);
        if (t != c) {
            return new String(Character.toChars(t));
        }
        String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        int first = upper.codePointAt(0);
        if (upper.codePointCount(0, upper.length()) > 1 && isCased(first)) {
            return new String(Character.toChars(first)) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return upper;
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty() || !(Character.isUnicodeIdentifierStart(v.charAt(0)) || v.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            if (!Character.isUnicodeIdentifierPart(v.charAt(i)) || Character.isIdentifierIgnorable(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static PyObject pad(PyObject a, PyObject[] args, String name, int side) {
        Builtin.range(name, args, 1, 2);
        char fill = ' ';
        if (args.length == 2) {
            String f = arg(args[1], name);
            if (f.length() != 1) {
                throw PyExc.typeError("The fill character must be exactly one character long");
            }
            fill = f.charAt(0);
        }
        String r = TextOps.pad(s(a), ((PyStr) a).length(), Abstract.index(args[0]), fill, side);
        return r == null ? a : PyStr.of(r);
    }

    static byte[] utf8(String v) {
        return v.getBytes(StandardCharsets.UTF_8);
    }
}
