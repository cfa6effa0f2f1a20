package org.gilpy.objects;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}, parsing replacement
 * fields {@code {field_name!conversion:format_spec}} as CPython 3.11 does (its MarkupIterator):
 * automatic and manual numbering, attribute and index lookups, nested replacement fields in the
 * spec, and the same errors in the same order.
 */
public final class StrFormat {
    private static final int AUTO_INIT = 0;
    private static final int AUTO_AUTO = 1;
    private static final int AUTO_MANUAL = 2;

    private final PyObject[] args;
    private final int nargs;
    private final String[] kwnames;
    /** format_map's mapping; null for format(). */
    private final PyObject mapping;
    private int autoState = AUTO_INIT;
    private long autoNumber;

    private StrFormat(PyObject[] args, String[] kwnames, PyObject mapping) {
        this.args = args;
        this.kwnames = kwnames;
        this.nargs = args == null ? 0 : args.length - (kwnames == null ? 0 : kwnames.length);
        this.mapping = mapping;
    }

    /**
     * {@code template.format(*args, **kwargs)}: the last {@code kwnames.length} entries of args
     * are the keyword values named by kwnames (which may be null).
     */
    public static String format(String template, PyObject[] args, String[] kwnames) {
        StrFormat f = new StrFormat(args == null ? new PyObject[0] : args, kwnames, null);
        int[] s = template.codePoints().toArray();
        return f.build(s, 0, s.length, 2);
    }

    /** {@code template.format_map(mapping)}. */
    public static String formatMap(String template, PyObject mapping) {
        StrFormat f = new StrFormat(null, null, mapping);
        int[] s = template.codePoints().toArray();
        return f.build(s, 0, s.length, 2);
    }

    private String build(int[] s, int start, int end, int depth) {
        if (depth <= 0) {
            throw PyExc.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int pos = start;
        while (pos < end) {
            // literal text up to the first brace
            int litStart = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - litStart;
            if (c == '}' && (atEnd || c != s[pos])) {
                throw PyExc.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{') {
                throw PyExc.valueError("Single '{' encountered in format string");
            }
            if (!atEnd) {
                if (c == s[pos]) {
                    // an escaped {{ or }}: keep one brace as text
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            appendRange(out, s, litStart, litStart + len);
            if (!markup) {
                continue;
            }

            // the replacement field: name up to '}', ':' or '!' ('[...]' may hold any of them)
            int nameStart = pos;
            c = 0;
            while (pos < end) {
                c = s[pos++];
                if (c == '{') {
                    throw PyExc.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < end && s[pos] != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            int nameEnd = pos - 1;
            int conversion = 0;
            int specStart = 0;
            int specEnd = 0;
            boolean expand = false;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= end) {
                        throw PyExc.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s[pos++];
                    if (pos < end) {
                        c = s[pos++];
                        if (c == '}') {
                            done = true;
                        } else if (c != ':') {
                            throw PyExc.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < end) {
                        c = s[pos++];
                        if (c == '{') {
                            expand = true;
                            count++;
                        } else if (c == '}') {
                            count--;
                            if (count == 0) {
                                specEnd = pos - 1;
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) {
                        throw PyExc.valueError("unmatched '{' in format spec");
                    }
                }
            } else if (c != '}') {
                throw PyExc.valueError("expected '}' before end of string");
            }

            PyObject obj = fieldObject(s, nameStart, nameEnd);
            if (conversion != 0) {
                obj = convert(obj, conversion);
            }
            String spec = expand
                    ? build(s, specStart, specEnd, depth - 1)
                    : new String(s, specStart, specEnd - specStart);
            out.append(render(obj, spec));
        }
        return out.toString();
    }

    private static void appendRange(StringBuilder out, int[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            out.appendCodePoint(s[i]);
        }
    }

    private static String render(PyObject obj, String spec) {
        if (obj.getClass() == PyStr.class) {
            String v = ((PyStr) obj).value;
            return spec.isEmpty() ? v : Formatter.formatStr(v, spec);
        }
        return Abstract.format(obj, spec).value;
    }

    private static PyObject convert(PyObject obj, int conversion) {
        switch (conversion) {
            case 'r':
                return Abstract.repr(obj);
            case 's':
                return Abstract.str(obj);
            case 'a':
                return Abstract.ascii(obj);
            default:
                if (conversion > 32 && conversion < 127) {
                    throw PyExc.valueError("Unknown conversion specifier %c", (char) conversion);
                }
                throw PyExc.valueError("Unknown conversion specifier \\x%x", conversion);
        }
    }

    /**
     * A non-negative integer written in decimal digits (any Unicode Nd digits), or -1 when the
     * range is empty or holds a non-digit.
     */
    private static long integer(int[] s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long acc = 0;
        for (int i = start; i < end; i++) {
            int d = FormatSpec.decimalValue(s[i]);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyExc.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** Resolves a field name such as {@code 0}, {@code name}, {@code 0.attr[key][1]}, or empty. */
    private PyObject fieldObject(int[] s, int start, int end) {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') {
            i++;
        }
        long index = integer(s, start, i);
        boolean empty = start >= i;
        boolean numeric = empty || index != -1;
        if (numeric) {
            if (autoState == AUTO_INIT) {
                autoState = empty ? AUTO_AUTO : AUTO_MANUAL;
            }
            if (autoState == AUTO_MANUAL && empty) {
                throw PyExc.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO_AUTO && !empty) {
                throw PyExc.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoNumber++;
            }
        }

        PyObject obj;
        if (index == -1) {
            obj = keyword(new String(s, start, i - start));
        } else {
            if (mapping != null) {
                throw PyExc.valueError("Format string contains positional fields");
            }
            if (index >= nargs) {
                throw PyExc.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            obj = args[(int) index];
        }

        int p = i;
        while (p < end) {
            int c = s[p++];
            int nameStart = p;
            int nameEnd;
            boolean attribute;
            if (c == '.') {
                attribute = true;
                while (p < end && s[p] != '.' && s[p] != '[') {
                    p++;
                }
                nameEnd = p;
            } else if (c == '[') {
                attribute = false;
                boolean closed = false;
                while (p < end) {
                    if (s[p++] == ']') {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw PyExc.valueError("Missing ']' in format string");
                }
                nameEnd = p - 1;
            } else {
                throw PyExc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            long idx = attribute ? -1 : integer(s, nameStart, nameEnd);
            if (nameStart == nameEnd) {
                throw PyExc.valueError("Empty attribute in format string");
            }
            String name = new String(s, nameStart, nameEnd - nameStart);
            if (attribute) {
                obj = Abstract.getAttr(obj, PyStr.of(name));
            } else if (idx == -1) {
                obj = Abstract.getItem(obj, PyStr.of(name));
            } else {
                obj = Abstract.getItem(obj, PyInt.of(idx));
            }
        }
        return obj;
    }

    private PyObject keyword(String name) {
        PyStr key = PyStr.of(name);
        if (mapping != null) {
            return Abstract.getItem(mapping, key);
        }
        if (kwnames != null) {
            for (int j = 0; j < kwnames.length; j++) {
                if (kwnames[j].equals(name)) {
                    return args[nargs + j];
                }
            }
        }
        throw PyExc.keyError(key);
    }
}
