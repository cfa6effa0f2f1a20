package org.gilpy.stdlib.re;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * A replacement template ({@code re.sub}'s repl, {@code Match.expand}'s argument), read once
 * into literal text and group references: {@code \g<name>}, {@code \g<2>}, {@code \2}, the
 * character escapes, and octal {@code \0}/{@code \ooo}. Unknown escapes of non-letters stay
 * as written, backslash included, as in CPython.
 */
final class Template {
    /** Literal text (a String) or a group number (an Integer), in order. */
    private final List<Object> parts;

    private Template(List<Object> parts) {
        this.parts = parts;
    }

    /** The template's text when it has no group references, else null. */
    String literal() {
        if (parts.isEmpty()) {
            return "";
        }
        return parts.size() == 1 && parts.get(0) instanceof String s ? s : null;
    }

    /** The replacement for m, as the text of m's subject kind (Latin-1 for bytes). */
    String expandText(PyMatch m) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                sb.append(s);
            } else {
                String g = m.groupText((Integer) p);
                if (g != null) {
                    sb.append(g);
                }
            }
        }
        return sb.toString();
    }

    PyObject expand(PyMatch m) {
        return m.subject.wrap(expandText(m));
    }

    /** Reads src; errors are re.error(msg, pos) reported through {@link RegexParser.PatternError}. */
    static Template parse(String src, PyPattern pattern) {
        return new Reader(src, pattern).read();
    }

    private static final class Reader {
        private final String src;
        private final PyPattern pattern;
        private int i;
        private final List<Object> parts = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();

        Reader(String src, PyPattern pattern) {
            this.src = src;
            this.pattern = pattern;
        }

        Template read() {
            while (i < src.length()) {
                char c = src.charAt(i++);
                if (c != '\\') {
                    literal.append(c);
                    continue;
                }
                if (i >= src.length()) {
                    throw new RegexParser.PatternError("bad escape (end of pattern)", src.length() - 1);
                }
                int escStart = i - 1;
                char e = src.charAt(i++);
                if (e == 'g') {
                    namedGroup();
                } else if (e == '0') {
                    int v = 0;
                    for (int n = 0; n < 2 && i < src.length() && RegexParser.isOctal(src.charAt(i)); n++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    literal.append((char) (v & 0xff));
                } else if (e >= '1' && e <= '9') {
                    numberedGroup(escStart, e);
                } else {
                    int simple = RegexParser.simpleEscape(e);
                    if (simple >= 0) {
                        literal.append((char) simple);
                    } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
                        throw new RegexParser.PatternError("bad escape \\" + e, escStart);
                    } else {
                        literal.append('\\').append(e);
                    }
                }
            }
            flushLiteral();
            return new Template(parts);
        }

        private void numberedGroup(int escStart, char first) {
            String digits = String.valueOf(first);
            if (i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
                digits += src.charAt(i++);
                if (RegexParser.isOctal(first) && RegexParser.isOctal(digits.charAt(1)) && i < src.length() && RegexParser.isOctal(src.charAt(i))) {
                    digits += src.charAt(i++);
                    int v = Integer.parseInt(digits, 8);
                    if (v > 0xff) {
                        throw new RegexParser.PatternError("octal escape value \\" + digits
                                + " outside of range 0-0o377", escStart);
                    }
                    literal.append((char) v);
                    return;
                }
            }
            addGroup(Integer.parseInt(digits), escStart + 1);
        }

        private void namedGroup() {
            if (i >= src.length() || src.charAt(i) != '<') {
                throw new RegexParser.PatternError("missing <", i);
            }
            i++;
            int nameStart = i;
            int close = src.indexOf('>', i);
            if (close < 0) {
                String rest = src.substring(i);
                throw new RegexParser.PatternError(rest.isEmpty() ? "missing group name"
                        : "missing >, unterminated name", nameStart);
            }
            String name = src.substring(i, close);
            i = close + 1;
            if (name.isEmpty()) {
                throw new RegexParser.PatternError("missing group name", nameStart);
            }
            int index;
            if (RegexParser.isIdentifier(name)) {
                Integer n = pattern.groupIndex.get(name);
                if (n == null) {
                    throw PyExc.indexError("unknown group name %s", PyStr.repr(name));
                }
                index = n;
            } else {
                long v = -1;
                if (name.chars().allMatch(Character::isDigit) && name.length() < 12) {
                    v = Long.parseLong(name);
                }
                if (v < 0) {
                    throw new RegexParser.PatternError("bad character in group name "
                            + PyStr.repr(name), nameStart);
                }
                if (v >= RegexParser.MAXGROUPS) {
                    throw new RegexParser.PatternError("invalid group reference " + v, nameStart);
                }
                index = (int) v;
            }
            addGroup(index, nameStart);
        }

        private void addGroup(int index, int pos) {
            if (index > pattern.groups) {
                throw new RegexParser.PatternError("invalid group reference " + index, pos);
            }
            flushLiteral();
            parts.add(index);
        }

        private void flushLiteral() {
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
        }
    }
}
