package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The built-in {@code __format__} of int, float and str, and the float-to-text core shared with
 * printf-style formatting, printing exactly what CPython 3.11 prints.
 */
public final class Formatter {
    private Formatter() {
    }

    // ------------------------------------------------------------------ int

    /** {@code int.__format__(value, spec)}. */
    public static String formatInt(PyInt value, String spec) {
        if (spec.isEmpty()) {
            return value.type() == PyInt.TYPE ? value.repr() : Abstract.str(value).value;
        }
        String typeName = value.type().name;
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatIntInternal(value, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloatInternal(value.doubleValue(), f);
            default:
                throw unknownFormatCode(f.type, typeName);
        }
    }

    private static String formatIntInternal(PyInt value, FormatSpec f) {
        if (f.precision != -1) {
            throw PyExc.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        boolean negative;
        String digits;
        String prefix = "";
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyExc.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyExc.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long x = value.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw PyExc.overflowError("%s", "%c arg not in range(0x110000)");
            }
            digits = new String(Character.toChars((int) x));
            negative = false;
        } else {
            int radix = switch (f.type) {
                case 'b' -> 2;
                case 'o' -> 8;
                case 'x', 'X' -> 16;
                default -> 10;
            };
            if (value.big != null) {
                negative = value.big.signum() < 0;
                digits = radix == 10 ? PyInt.decimalDigits(value.big.abs()) : value.big.abs().toString(radix);
            } else {
                negative = value.v < 0;
                digits = negative && value.v == Long.MIN_VALUE
                        ? BigInteger.valueOf(value.v).negate().toString(radix)
                        : Long.toString(Math.abs(value.v), radix);
            }
            if (f.type == 'X') {
                digits = digits.toUpperCase();
            }
            if (f.alternate) {
                prefix = switch (f.type) {
                    case 'b' -> "0b";
                    case 'o' -> "0o";
                    case 'x' -> "0x";
                    case 'X' -> "0X";
                    default -> "";
                };
            }
        }
        String sep = "";
        int groupSize = 0;
        if (f.grouping != 0) {
            sep = String.valueOf(f.grouping);
            groupSize = (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X') ? 4 : 3;
        }
        return layoutNumber(f, negative, prefix, digits, "", sep, groupSize);
    }

    // ---------------------------------------------------------------- float

    /** {@code float.__format__(value, spec)}. */
    public static String formatFloat(double value, String spec) {
        return formatFloat(value, spec, "float");
    }

    /** {@code float.__format__} for an object whose type is named {@code typeName}. */
    public static String formatFloat(double value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return PyFloat.repr(value);
        }
        FormatSpec f = FormatSpec.parse(spec, FormatSpec.NO_TYPE, '>', typeName);
        switch (f.type) {
            case FormatSpec.NO_TYPE, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return formatFloatInternal(value, f);
            default:
                throw unknownFormatCode(f.type, typeName);
        }
    }

    private static String formatFloatInternal(double value, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw PyExc.valueError("precision too big");
        }
        int precision = (int) f.precision;
        int type = f.type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == FormatSpec.NO_TYPE) {
            // Like repr() without a precision, else like 'g' but always with a digit after the point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = doubleToString(value, (char) type, precision, f.alternate, addDot0, f.noNegativeZero, false);
        if (percent) {
            s = s + "%";
        }
        return layoutDouble(f, s);
    }

    /** Lays out a formatted double ("-1234.5e+06") per f: sign, grouping of the integer digits, padding. */
    private static String layoutDouble(FormatSpec f, String s) {
        boolean negative = false;
        int start = 0;
        if (s.charAt(0) == '-') {
            negative = true;
            start = 1;
        }
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        String sep = "";
        int groupSize = 0;
        if (f.grouping != 0) {
            sep = String.valueOf(f.grouping);
            groupSize = 3;
        }
        return layoutNumber(f, negative, "", s.substring(start, i), s.substring(i), sep, groupSize);
    }

    // ---------------------------------------------------------------- complex

    /**
     * {@code complex.__format__}: both parts formatted as floats (the imaginary one always
     * signed when the real one is shown), then "j", parentheses when there is no type, and the
     * padding applied to the whole (CPython's format_complex_internal).
     */
    public static String formatComplex(double re, double im, String spec) {
        FormatSpec f = FormatSpec.parse(spec, FormatSpec.NO_TYPE, '>', "complex");
        switch (f.type) {
            case FormatSpec.NO_TYPE, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw unknownFormatCode(f.type, "complex");
        }
        if (f.fill == '0') {
            throw PyExc.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyExc.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PyExc.valueError("precision too big");
        }
        int type = f.type;
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == FormatSpec.NO_TYPE) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reText = doubleToString(re, (char) type, precision, f.alternate, false, f.noNegativeZero, false);
        String imText = doubleToString(im, (char) type, precision, f.alternate, false, f.noNegativeZero, false);
        String body = (skipRe ? "" : layoutDouble(f.unpadded(f.sign), reText))
                + layoutDouble(f.unpadded(skipRe ? f.sign : '+'), imText) + "j";
        if (parens) {
            body = "(" + body + ")";
        }
        long pad = f.width - body.length();
        if (pad <= 0) {
            return body;
        }
        long left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
        StringBuilder sb = new StringBuilder();
        repeat(sb, f.fill, left);
        sb.append(body);
        repeat(sb, f.fill, pad - left);
        return sb.toString();
    }

    // ------------------------------------------------------------------ str

    /** {@code str.__format__(value, spec)}. */
    public static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec f = FormatSpec.parse(spec, 's', '<', "str");
        if (f.type != 's') {
            throw unknownFormatCode(f.type, "str");
        }
        if (f.sign == ' ') {
            throw PyExc.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw PyExc.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyExc.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyExc.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = value.codePointCount(0, value.length());
        String s = value;
        if (f.precision >= 0 && len > f.precision) {
            s = value.substring(0, value.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        if (f.width <= len) {
            return s;
        }
        int pad = f.width - len;
        int left = switch (f.align) {
            case '>' -> pad;
            case '^' -> pad / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder(s.length() + pad);
        repeat(sb, f.fill, left);
        sb.append(s);
        repeat(sb, f.fill, pad - left);
        return sb.toString();
    }

    // --------------------------------------------------------- shared parts

    static RuntimeException unknownFormatCode(int type, String typeName) {
        return PyExc.valueError("Unknown format code '%s' for object of type '%s'",
                FormatSpec.typeForMessage(type), typeName);
    }

    private static void repeat(StringBuilder sb, int codePoint, long count) {
        for (long i = 0; i < count; i++) {
            sb.appendCodePoint(codePoint);
        }
    }

    /**
     * Lays out a number as [padding][sign][prefix][padding][grouped digits][remainder][padding]
     * (CPython's calc_number_spec and fill_number). {@code digits} are the leading digits to be
     * grouped (may be empty, for inf and nan), {@code remainder} what follows them.
     */
    private static String layoutNumber(FormatSpec f, boolean negative, String prefix, String digits,
            String remainder, String sep, int groupSize) {
        String sign;
        if (negative) {
            sign = "-";
        } else if (f.sign == '+') {
            sign = "+";
        } else if (f.sign == ' ') {
            sign = " ";
        } else {
            sign = "";
        }
        long nonDigits = sign.length() + prefix.length() + remainder.length();
        long minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sep, groupSize);
        long groupedLen = grouped.codePointCount(0, grouped.length());
        long padding = f.width - (nonDigits + groupedLen);
        long left = 0;
        long inner = 0;
        long right = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> inner = padding;
                default -> left = padding;
            }
        }
        StringBuilder sb = new StringBuilder();
        repeat(sb, f.fill, left);
        sb.append(sign).append(prefix);
        repeat(sb, f.fill, inner);
        sb.append(grouped).append(remainder);
        repeat(sb, f.fill, right);
        return sb.toString();
    }

    /**
     * Inserts separators every {@code size} digits from the right (no separators when size is 0),
     * padding with leading zeros, themselves grouped, until the result is at least minWidth long;
     * never starts with a separator (CPython's _PyUnicode_InsertThousandsGrouping).
     */
    private static String group(String digits, long minWidth, String sep, int size) {
        int[] cps = digits.codePoints().toArray();
        long remaining = cps.length;
        int end = cps.length;
        StringBuilder out = new StringBuilder();
        java.util.ArrayList<String> pieces = new java.util.ArrayList<>();
        if (size <= 0) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, l - remaining);
            repeat(out, '0', zeros);
            out.append(digits);
            return out.toString();
        }
        boolean useSep = false;
        while (true) {
            long l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            long zeros = Math.max(0, l - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, l));
            StringBuilder piece = new StringBuilder();
            repeat(piece, '0', zeros);
            for (int i = end - chars; i < end; i++) {
                piece.appendCodePoint(cps[i]);
            }
            end -= chars;
            if (useSep) {
                piece.append(sep);
            }
            pieces.add(piece.toString());
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= sep.length();
        }
        for (int i = pieces.size() - 1; i >= 0; i--) {
            out.append(pieces.get(i));
        }
        return out.toString();
    }

    // ------------------------------------------------------ double to text

    /**
     * CPython's {@code PyOS_double_to_string(v, type, precision, alternate ? Py_DTSF_ALT : 0)}:
     * type is one of e E f F g G (precision as in printf, correctly rounded half-even on the exact
     * binary value) or r (shortest repr digits; precision ignored).
     */
    public static String formatDouble(double v, char type, int precision, boolean alternate) {
        return doubleToString(v, type, precision, alternate, false, false, false);
    }

    /**
     * The full PyOS_double_to_string: addDot0 keeps ".0" on integral results in fixed notation,
     * noNegZero drops the sign of a result that rounds to zero, addSign writes '+' for
     * non-negative values.
     */
    static String doubleToString(double v, char type, int precision, boolean alternate, boolean addDot0,
            boolean noNegZero, boolean addSign) {
        boolean upper = false;
        switch (type) {
            case 'E' -> {
                upper = true;
                type = 'e';
            }
            case 'F' -> {
                upper = true;
                type = 'f';
            }
            case 'G' -> {
                upper = true;
                type = 'g';
            }
            case 'e', 'f', 'g', 'r' -> { }
            default -> throw new IllegalArgumentException("bad float format type " + type);
        }
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v)) {
            // CPython never writes a sign for a nan (but '+' when asked for one).
            return (addSign ? "+" : "") + (upper ? "NAN" : "nan");
        }
        if (Double.isInfinite(v)) {
            return (negative ? "-" : addSign ? "+" : "") + (upper ? "INF" : "inf");
        }

        // Significant digits (no trailing zeros; "" or "0" for zero) and the decimal point
        // position: value = 0.DIGITS * 10**decpt.
        String digits;
        int decpt;
        double a = Math.abs(v);
        if (type == 'r') {
            precision = 0;
            String[] d = shortest(a);
            digits = d[0];
            decpt = Integer.parseInt(d[1]);
        } else if (a == 0) {
            digits = "0";
            decpt = 1;
            if (type == 'g' && precision == 0) {
                precision = 1;
            }
        } else if (type == 'f') {
            long fast = fixedFast(a, precision);
            BigInteger unscaled = fast >= 0 ? BigInteger.valueOf(fast)
                    : new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).unscaledValue();
            if (unscaled.signum() == 0) {
                digits = "";
                decpt = -precision;
            } else {
                String u = unscaled.toString();
                decpt = u.length() - precision;
                digits = stripZeros(u);
            }
        } else {
            if (type == 'g' && precision == 0) {
                precision = 1;
            }
            int n = type == 'e' ? precision + 1 : precision;
            BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            decpt = u.length() - r.scale();
            digits = stripZeros(u);
        }
        if (noNegZero && negative && (digits.isEmpty() || digits.equals("0"))) {
            negative = false;
        }

        int digitsLen = digits.length();
        long vEnd = digitsLen;
        boolean useExp = false;
        switch (type) {
            case 'e' -> {
                useExp = true;
                vEnd = precision + 1;
            }
            case 'f' -> vEnd = (long) decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alternate) {
                    vEnd = precision;
                }
            }
            default -> { // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }

        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        } else if (addSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alternate) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
        1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * a * 10**precision correctly rounded to an integer, or -1 when double arithmetic cannot
     * decide it. The product is computed with one rounding error of at most half an ulp (10**p is
     * exact for p <= 22), so unless its fraction lies within an ulp of one half, the exact product
     * rounds the same way.
     */
    private static long fixedFast(double a, int precision) {
        if (precision > 22) {
            return -1;
        }
        double x = a * POW10[precision];
        if (!(x < 0x1p52)) {
            return -1;
        }
        double floor = Math.floor(x);
        double frac = x - floor;
        if (Math.abs(frac - 0.5) <= 2 * Math.ulp(x)) {
            return -1;
        }
        return (long) floor + (frac > 0.5 ? 1 : 0);
    }

    private static void zeros(StringBuilder sb, long n) {
        for (long i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    private static String stripZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }

    /**
     * The shortest round-tripping digits of a non-negative finite double, from PyFloat.repr:
     * {digits without trailing zeros, decpt}. Zero gives {"0", "1"}.
     */
    private static String[] shortest(double a) {
        String r = PyFloat.repr(a);
        int e = r.indexOf('e');
        int exp10 = 0;
        String mant = r;
        if (e >= 0) {
            exp10 = Integer.parseInt(r.substring(e + 1));
            mant = r.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        String all = intPart + frac;
        int lead = 0;
        while (lead < all.length() && all.charAt(lead) == '0') {
            lead++;
        }
        if (lead == all.length()) {
            return new String[] {"0", "1"};
        }
        int decpt = intPart.length() - lead + exp10;
        return new String[] {stripZeros(all.substring(lead)), Integer.toString(decpt)};
    }
}
