package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting, {@code str % args}, as CPython 3.11's PyUnicode_Format: conversion
 * specifiers {@code %[(key)][flags][width][.precision][length]type} with flags {@code -+ #0},
 * {@code *} widths and precisions, and conversions d i u o x X e E f F g G c r s a %.
 * {@code bytes % args} (_PyBytes_FormatEx) runs the same machine over the bytes as Latin-1 text,
 * with its own %s/%b (buffers and {@code __bytes__}), %c (one byte) and %r (ascii()).
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final int[] fmt;
    private int fmtpos;
    /** Characters left after the one last read (CPython's fmtcnt). */
    private int fmtcnt;
    private PyObject args;
    private int arglen;
    private int argidx;
    private final PyObject dict;
    private final StringBuilder out = new StringBuilder();
    /** Formatting bytes: the template and the output are Latin-1, one char per byte. */
    private final boolean bytesMode;

    // the conversion being parsed
    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private PercentFormat(String template, PyObject args, boolean bytesMode) {
        this.bytesMode = bytesMode;
        this.fmt = template.codePoints().toArray();
        this.args = args;
        if (args instanceof PyTuple t) {
            arglen = t.items.length;
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        // CPython's PyMapping_Check: anything subscriptable that is not a tuple or str
        this.dict = !(args instanceof PyTuple) && !(args instanceof PyStr) && !(args instanceof PyBytes)
                && !(args instanceof PyByteArray)
                && (args instanceof PyDict || args.type().lookup(Names.__getitem__) != null) ? args : null;
    }

    /** {@code template % args}: args is a tuple, a mapping (for {@code %(name)s}) or one value. */
    public static String format(String template, PyObject args) {
        PercentFormat f = new PercentFormat(template, args, false);
        f.run();
        return f.out.toString();
    }

    /** {@code bytes % args}. */
    public static byte[] formatBytes(byte[] template, PyObject args) {
        PercentFormat f = new PercentFormat(new String(template, StandardCharsets.ISO_8859_1), args, true);
        f.run();
        return f.out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private PyException notAllConverted() {
        return PyExc.typeError("not all arguments converted during %s formatting", bytesMode ? "bytes" : "string");
    }

    private int read(int pos) {
        return pos < fmt.length ? fmt[pos] : 0;
    }

    private void run() {
        int end = fmt.length;
        int pos = 0;
        while (pos < end) {
            if (fmt[pos] != '%') {
                int start = pos;
                while (pos < end && fmt[pos] != '%') {
                    pos++;
                }
                appendRange(fmt, start, pos);
                continue;
            }
            fmtpos = pos + 1;
            fmtcnt = end - fmtpos;
            formatArg();
            pos = fmtpos;
        }
        if (argidx < arglen && dict == null) {
            throw notAllConverted();
        }
    }

    private void appendRange(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            out.appendCodePoint(cps[i]);
        }
    }

    private PyObject nextArg() {
        int i = argidx;
        if (i < arglen) {
            argidx++;
            if (arglen < 0) {
                return args;
            }
            return ((PyTuple) args).items[i];
        }
        throw PyExc.typeError("not enough arguments for format string");
    }

    private void formatArg() {
        ch = read(fmtpos);
        if (ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parseSpec();
        String s = convert();
        if (s != null) {
            output(s);
        }
        if (dict != null && argidx < arglen) {
            throw notAllConverted();
        }
    }

    private void parseSpec() {
        if (read(fmtpos) == '(' && fmtpos < fmt.length) {
            if (dict == null) {
                throw PyExc.typeError("format requires a mapping");
            }
            fmtpos++;
            fmtcnt--;
            int keystart = fmtpos;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                ch = read(fmtpos);
                if (ch == ')') {
                    pcount--;
                } else if (ch == '(') {
                    pcount++;
                }
                fmtpos++;
            }
            if (fmtcnt < 0 || pcount > 0) {
                throw PyExc.valueError("incomplete format key");
            }
            int keylen = fmtpos - keystart - 1;
            String keyText = new String(fmt, keystart, keylen);
            PyObject key = bytesMode ? new PyBytes(keyText.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(keyText);
            args = Abstract.getItem(dict, key);
            arglen = -1;
            argidx = -2;
        }

        while (--fmtcnt >= 0) {
            ch = read(fmtpos);
            fmtpos++;
            int flag = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }

        if (ch == '*') {
            PyObject v = nextArg();
            if (!(v instanceof PyInt w)) {
                throw PyExc.typeError("* wants int");
            }
            if (w.big != null) {
                throw PyExc.overflowError("Python int too large to convert to C ssize_t");
            }
            width = w.v;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (--fmtcnt >= 0) {
                ch = read(fmtpos);
                fmtpos++;
            }
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (--fmtcnt >= 0) {
                ch = read(fmtpos);
                fmtpos++;
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw PyExc.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }

        if (ch == '.') {
            prec = 0;
            if (--fmtcnt >= 0) {
                ch = read(fmtpos);
                fmtpos++;
            }
            if (ch == '*') {
                PyObject v = nextArg();
                if (!(v instanceof PyInt p)) {
                    throw PyExc.typeError("* wants int");
                }
                if (p.big != null || p.v != (int) p.v) {
                    throw PyExc.overflowError("Python int too large to convert to C int");
                }
                prec = Math.max(0, (int) p.v);
                if (--fmtcnt >= 0) {
                    ch = read(fmtpos);
                    fmtpos++;
                }
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (--fmtcnt >= 0) {
                    ch = read(fmtpos);
                    fmtpos++;
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw PyExc.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }

        if (fmtcnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
            if (--fmtcnt >= 0) {
                ch = read(fmtpos);
                fmtpos++;
            }
        }
        if (fmtcnt < 0) {
            throw PyExc.valueError("incomplete format");
        }
    }

    /** The converted text of the next argument. */
    private String convert() {
        PyObject v = nextArg();
        if (bytesMode) {
            switch (ch) {
                case 's', 'b':
                    return new String(bytesArg(v), StandardCharsets.ISO_8859_1);
                case 'r', 'a':
                    return Abstract.ascii(v).value;
                case 'c':
                    return String.valueOf((char) byteArg(v));
                default:
                    break;
            }
        }
        switch (ch) {
            case 's':
                return v.getClass() == PyStr.class ? ((PyStr) v).value : Abstract.str(v).value;
            case 'r':
                return Abstract.repr(v).value;
            case 'a':
                return Abstract.ascii(v).value;
            case 'i', 'd', 'u', 'o', 'x', 'X':
                sign = true;
                return formatLong(toInteger(v, (char) ch), (flags & F_ALT) != 0, prec, (char) ch);
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                sign = true;
                double x = toDouble(v);
                return Formatter.formatDouble(x, (char) ch, prec < 0 ? 6 : prec, (flags & F_ALT) != 0);
            }
            case 'c':
                return new String(Character.toChars(toChar(v)));
            default:
                throw PyExc.valueError("unsupported format character '%c' (0x%x) at index %d",
                        (31 <= ch && ch <= 126) ? (char) ch : '?', ch, fmtpos - 1);
        }
    }

    /** %s and %b of bytes formatting: a buffer, or what __bytes__ returns. */
    private static byte[] bytesArg(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView) {
            return Abstract.bytesOf(v);
        }
        PyObject m = v.type().lookup(Names.__bytes__);
        if (m != null) {
            PyObject r = Abstract.callPrepended(m, v);
            if (!(r instanceof PyBytes b)) {
                throw PyExc.typeError("__bytes__ returned non-bytes (type %s)", r.type().name);
            }
            return b.bytes;
        }
        throw PyExc.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                v.type().name);
    }

    /** %c of bytes formatting: an int in range(256) or a bytes object of length 1. */
    private static int byteArg(PyObject v) {
        if ((v instanceof PyBytes || v instanceof PyByteArray) && Abstract.bytesOf(v).length == 1) {
            return Abstract.bytesOf(v)[0] & 0xFF;
        }
        if (v instanceof PyInt || (!(v instanceof PyFloat) && hasSlot(v, Names.__index__))) {
            PyInt i = Abstract.indexInt(v);
            if (i.big != null || i.v < 0 || i.v > 255) {
                throw PyExc.overflowError("%s", "%c arg not in range(256)");
            }
            return (int) i.v;
        }
        throw PyExc.typeError("%s", "%c requires an integer in range(256) or a single byte");
    }

    private static boolean hasSlot(PyObject v, PyStr name) {
        return v.type().lookup(name) != null;
    }

    /** The integer value for d i u o x X (CPython's mainformatlong). */
    private static PyInt toInteger(PyObject v, char type) {
        if (v instanceof PyInt i) {
            return i;
        }
        boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
        if (v instanceof PyFloat f) {
            if (indexOnly) {
                throw wrongType(v, type);
            }
            return truncate(f.v);
        }
        if (!(v instanceof PyStr) && hasSlot(v, Names.__index__)) {
            return PyInt.of(Abstract.index(v));
        }
        if (!indexOnly && !(v instanceof PyStr)
                && (hasSlot(v, Names.__int__) || hasSlot(v, Names.__float__))) {
            return truncate(Abstract.asDouble(v));
        }
        throw wrongType(v, type);
    }

    private static PyInt truncate(double d) {
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p62) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    private static RuntimeException wrongType(PyObject v, char type) {
        String what = (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number";
        return PyExc.typeError("%s", "%" + type + " format: " + what + " is required, not " + v.type().name);
    }

    /** PyFloat_AsDouble. */
    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.v;
        }
        if (v instanceof PyInt i) {
            return i.doubleValue();
        }
        if (!(v instanceof PyStr) && (hasSlot(v, Names.__float__) || hasSlot(v, Names.__index__))) {
            return Abstract.asDouble(v);
        }
        throw PyExc.typeError("must be real number, not %s", v.type().name);
    }

    /** The code point for %c: a one-character str or an int in range. */
    private static int toChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.value.codePointCount(0, s.value.length()) == 1) {
                return s.value.codePointAt(0);
            }
            throw PyExc.typeError("%s", "%c requires int or char");
        }
        long x;
        if (v instanceof PyInt i) {
            if (i.big != null) {
                throw PyExc.overflowError("%s", "%c arg not in range(0x110000)");
            }
            x = i.v;
        } else if (!(v instanceof PyFloat) && hasSlot(v, Names.__index__)) {
            x = Abstract.index(v);
        } else {
            throw PyExc.typeError("%s", "%c requires int or char");
        }
        if (x < 0 || x > 0x10ffff) {
            throw PyExc.overflowError("%s", "%c arg not in range(0x110000)");
        }
        return (int) x;
    }

    /** CPython's _PyUnicode_FormatLong: [-][0x]digits, zero-extended to prec digits. */
    private static String formatLong(PyInt val, boolean alt, int prec, char type) {
        int radix = switch (type) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative;
        String digits;
        if (val.big == null && val.v != Long.MIN_VALUE) {
            negative = val.v < 0;
            digits = Long.toString(Math.abs(val.v), radix);
        } else {
            BigInteger b = val.bigValue();
            negative = b.signum() < 0;
            digits = radix == 10 ? PyInt.decimalDigits(b.abs()) : b.abs().toString(radix);
        }
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        if (alt && radix != 10) {
            sb.append('0').append(type == 'o' ? 'o' : type);
        }
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(type == 'X' ? digits.toUpperCase() : digits);
        return sb.toString();
    }

    /** Pads and writes one converted value (CPython's unicode_format_arg_output). */
    private void output(String str) {
        int fill = (sign && (flags & F_ZERO) != 0) ? '0' : ' ';
        int[] s = str.codePoints().toArray();
        long len = s.length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len)
                && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if (ch == 's' || ch == 'r' || ch == 'a') {
            if (prec >= 0 && len > prec) {
                len = prec;
            }
        }
        int pindex = 0;
        int signchar = 0;
        if (sign) {
            int c = s.length > 0 ? s[0] : 0;
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                pindex++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (sign) {
            if (fill != ' ') {
                out.appendCodePoint(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append('0').appendCodePoint(ch);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long i = width - len; i > 0; i--) {
                out.appendCodePoint(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.appendCodePoint(signchar);
            }
            if (prefix) {
                out.append('0').appendCodePoint(ch);
                pindex += 2;
            }
        }
        if (len > 0) {
            appendRange(s, pindex, (int) (pindex + len));
        }
        if (width > len) {
            for (long i = width - len; i > 0; i--) {
                out.append(' ');
            }
        }
    }
}
