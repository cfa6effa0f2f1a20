package org.gilpy.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable Java string. Python indexes by code point; a Java string by UTF-16
 * unit. The two agree unless the text holds a surrogate pair (a character beyond the Basic
 * Multilingual Plane), which each string finds out once: only then do {@link #length()},
 * {@link #offset} and {@link #index} translate.
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    /* Declared after the intern table: making the type must not find it uninitialized. */
    public static final PyType TYPE = PyType.builtin("str", PyBaseObject.TYPE, StrMethods::define);

    public final String value;
    private long hash = -1;
    /** The number of code points, or -1 until first asked. */
    private int codePoints = -1;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            return s.isEmpty() ? EMPTY : charAt(s.charAt(0));
        }
        return new PyStr(s);
    }

    public static PyStr charAt(char c) {
        return c < 256 ? LATIN1[c] : new PyStr(String.valueOf(c));
    }

    /** The one shared instance for a name, so identifier keys compare by identity first. */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = INTERNED.computeIfAbsent(s, PyStr::new);
        }
        return p;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The hash of the text: CPython's under PYTHONHASHSEED=0 (see {@link SipHash}). */
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = SipHash.hash(value);
            hash = h;
        }
        return h;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other instanceof PyStr s && s.getClass() == PyStr.class && getClass() == PyStr.class) {
            return value.equals(s.value);
        }
        return other instanceof PyObject o && Abstract.eqBool(this, o);
    }

    @Override
    public int compareTo(PyStr o) {
        return compare(value, o.value);
    }

    /** Python's str order: by code point (a surrogate pair sorts above U+E000..U+FFFF, unlike UTF-16 order). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    boolean sx = x <= Character.MAX_SURROGATE;
                    boolean sy = y <= Character.MAX_SURROGATE;
                    if (sx != sy) {
                        return sx ? 1 : -1;
                    }
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** len(): the number of code points. */
    public int length() {
        int n = codePoints;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            codePoints = n;
        }
        return n;
    }

    /** Whether UTF-16 indices are code point indices (no surrogate pair in the text). */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The UTF-16 offset of code point index i, 0 <= i <= length(). */
    public int offset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point index of UTF-16 offset o. */
    public int index(int o) {
        return isBmp() ? o : value.codePointCount(0, o);
    }

    /** The one-character str of code point cp. */
    public static PyStr ofCodePoint(int cp) {
        return cp < 0x10000 ? charAt((char) cp) : new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }

    public String repr() {
        return repr(value);
    }

    /** CPython's str repr: single quotes unless the text has ' and no ", with escapes. */
    public static String repr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (c < 0x7f) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = s.codePointAt(i);
                if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
                i++;
            } else if (isPrintable(c)) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's notion of printable: not a control, format, separator (but space) or unassigned char. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.SPACE_SEPARATOR
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR);
    }
}
