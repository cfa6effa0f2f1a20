package org.gilpy.objects;

/**
 * A parsed format specification of the format-spec mini-language:
 * {@code [[fill]align][sign][z][#][0][width][grouping_option][.precision][type]}.
 *
 * <p>Immutable. {@link #parse} applies the defaults of the type being formatted (its default
 * presentation type and default alignment) and raises the same ValueErrors as CPython 3.11 for
 * malformed specs. Checks that depend on the presentation type (precision on ints, sign on
 * strings, ...) are left to {@link Formatter}.
 */
public final class FormatSpec {
    /** No presentation type was given and the formatted type's default is none (floats). */
    public static final int NO_TYPE = 0;

    /** The fill character (a code point), ' ' unless given. */
    public final int fill;
    /** One of {@code < > = ^}. */
    public final char align;
    /** One of {@code + - space}, or 0 when not given. */
    public final char sign;
    /** The {@code z} flag: coerce negative zero to positive zero. */
    public final boolean noNegativeZero;
    /** The {@code #} flag. */
    public final boolean alternate;
    /** The minimum width, or -1 when not given. */
    public final int width;
    /** {@code ','}, {@code '_'}, or 0 for no grouping. */
    public final char grouping;
    /** The precision, or -1 when not given (may exceed an int: CPython allows any ssize_t). */
    public final long precision;
    /** The presentation type (a code point), {@link #NO_TYPE} when none. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate,
            int width, char grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /** This spec with no width or fill and the given sign flag: one part of a complex number. */
    FormatSpec unpadded(char sign) {
        return new FormatSpec(' ', '<', sign, noNegativeZero, alternate, -1, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName} whose default presentation type
     * is {@code defaultType} ({@link #NO_TYPE} for none) and whose default alignment is
     * {@code defaultAlign}.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        char sign = 0;
        boolean noNegZero = false;
        boolean alternate = false;
        char grouping = 0;
        int type = defaultType;

        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            fill = cp[pos];
            align = (char) cp[pos + 1];
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignGiven = true;
            pos++;
        }
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos];
            pos++;
        }
        if (pos < end && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < end && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // A leading '0' asks for sign-aware zero padding, unless a fill was given explicitly.
        if (!fillGiven && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] num = new long[1];
        int consumed = readInteger(cp, pos, end, num);
        long width = consumed == 0 ? -1 : num[0];
        pos += consumed;

        if (pos < end && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (grouping != 0) {
                throw PyExc.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && grouping == '_') {
            throw PyExc.valueError("Cannot specify both ',' and '_'.");
        }

        long precision = -1;
        if (pos < end && cp[pos] == '.') {
            pos++;
            consumed = readInteger(cp, pos, end, num);
            if (consumed == 0) {
                throw PyExc.valueError("Format specifier missing precision");
            }
            precision = num[0];
            pos += consumed;
        }

        if (end - pos > 1) {
            throw PyExc.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (end - pos == 1) {
            type = cp[pos];
        }

        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NO_TYPE -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw invalidGrouping(grouping, type);
                    }
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        if (width > Integer.MAX_VALUE) {
            // CPython would try (and fail) to allocate such a string.
            throw PyExc.overflowError("width too big");
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, (int) width, grouping, precision, type);
    }

    private static RuntimeException invalidGrouping(char grouping, int type) {
        if (type > 32 && type < 128) {
            return PyExc.valueError("Cannot specify '%c' with '%c'.", grouping, (char) type);
        }
        return PyExc.valueError("Cannot specify '%c' with '\\x%x'.", grouping, type);
    }

    /**
     * Reads decimal digits (any Unicode decimal digit, as CPython) from cp[pos..end) into out[0];
     * returns how many were read. ValueError when the value would exceed a signed 64-bit int.
     */
    static int readInteger(int[] cp, int pos, int end, long[] out) {
        long acc = 0;
        int i = pos;
        for (; i < end; i++) {
            int d = decimalValue(cp[i]);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyExc.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        out[0] = acc;
        return i - pos;
    }

    /** The value of a Unicode decimal digit (category Nd), or -1. */
    static int decimalValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c < 128 || Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(c, 10);
    }

    /** The presentation type as CPython names it in messages: the character, or \xNN. */
    static String typeForMessage(int type) {
        if (type > 32 && type < 128) {
            return String.valueOf((char) type);
        }
        return "\\x" + Integer.toHexString(type);
    }
}
