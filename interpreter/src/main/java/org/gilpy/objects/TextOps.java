package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The algorithms str and bytes share (CPython's stringlib): bytes run them over their Latin-1
 * text, one char per byte, passing their own idea of whitespace and line breaks (ASCII only).
 */
final class TextOps {
    private TextOps() {}

    /** str.split / str.rsplit: sep null splits on runs of whitespace; max < 0 means no limit. */
    static List<String> split(String v, String sep, long max, boolean fromRight, IntPredicate ws) {
        if (sep == null) {
            return fromRight ? rsplitWhitespace(v, max, ws) : splitWhitespace(v, max, ws);
        }
        if (sep.isEmpty()) {
            throw PyExc.valueError("empty separator");
        }
        List<String> out = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            while (max < 0 || out.size() < max) {
                int i = v.indexOf(sep, start);
                if (i < 0) {
                    break;
                }
                out.add(v.substring(start, i));
                start = i + sep.length();
            }
            out.add(v.substring(start));
        } else {
            int end = v.length();
            while (max < 0 || out.size() < max) {
                int i = end - sep.length() < 0 ? -1 : v.lastIndexOf(sep, end - sep.length());
                if (i < 0) {
                    break;
                }
                out.add(0, v.substring(i + sep.length(), end));
                end = i;
            }
            out.add(0, v.substring(0, end));
        }
        return out;
    }

    /** The remainder after max splits keeps its trailing whitespace, as CPython's. */
    private static List<String> splitWhitespace(String v, long max, IntPredicate ws) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = v.length();
        while (true) {
            while (i < n && ws.test(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            if (max >= 0 && out.size() >= max) {
                out.add(v.substring(i));
                return out;
            }
            int j = i;
            while (j < n && !ws.test(v.charAt(j))) {
                j++;
            }
            out.add(v.substring(i, j));
            i = j;
        }
    }

    private static List<String> rsplitWhitespace(String v, long max, IntPredicate ws) {
        List<String> out = new ArrayList<>();
        int e = v.length();
        while (true) {
            while (e > 0 && ws.test(v.charAt(e - 1))) {
                e--;
            }
            if (e <= 0) {
                return out;
            }
            if (max >= 0 && out.size() >= max) {
                out.add(0, v.substring(0, e));
                return out;
            }
            int j = e;
            while (j > 0 && !ws.test(v.charAt(j - 1))) {
                j--;
            }
            out.add(0, v.substring(j, e));
            e = j;
        }
    }

    /** chars null strips whitespace. */
    static String strip(String v, String chars, boolean left, boolean right, IntPredicate ws) {
        int b = 0;
        int e = v.length();
        if (left) {
            while (b < e && (chars == null ? ws.test(v.charAt(b)) : chars.indexOf(v.charAt(b)) >= 0)) {
                b++;
            }
        }
        if (right) {
            while (e > b && (chars == null ? ws.test(v.charAt(e - 1)) : chars.indexOf(v.charAt(e - 1)) >= 0)) {
                e--;
            }
        }
        return v.substring(b, e);
    }

    /** replace(old, new, count): count < 0 replaces all; an empty old inserts around every char. */
    static String replace(String v, String old, String nu, long count) {
        if (count < 0 && !old.isEmpty()) {
            return v.replace(old, nu);
        }
        long limit = count < 0 ? Long.MAX_VALUE : count;
        StringBuilder sb = new StringBuilder();
        long n = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (n < limit && i <= v.length()) {
                sb.append(nu);
                if (i < v.length()) {
                    int c = v.codePointAt(i);
                    sb.appendCodePoint(c);
                    i += Character.charCount(c) - 1;
                }
                i++;
                n++;
            }
            if (i <= v.length()) {
                sb.append(v.substring(i));
            }
            return sb.toString();
        }
        int start = 0;
        while (n < limit) {
            int i = v.indexOf(old, start);
            if (i < 0) {
                break;
            }
            sb.append(v, start, i).append(nu);
            start = i + old.length();
            n++;
        }
        return sb.append(v.substring(start)).toString();
    }

    /** Lines split at any char lineBreak accepts, with "\r\n" as one break. */
    static List<String> splitlines(String v, boolean keep, IntPredicate lineBreak) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int start = 0;
        int n = v.length();
        while (i < n) {
            char c = v.charAt(i);
            int eol = c == '\r' && i + 1 < n && v.charAt(i + 1) == '\n' ? 2 : lineBreak.test(c) ? 1 : 0;
            if (eol > 0) {
                out.add(v.substring(start, keep ? i + eol : i));
                i += eol;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(v.substring(start));
        }
        return out;
    }

    /** {head, sep, tail}; when sep is absent, the whole text lands at the end partition() names. */
    static String[] partition(String v, String sep, boolean last) {
        if (sep.isEmpty()) {
            throw PyExc.valueError("empty separator");
        }
        int i = last ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (i < 0) {
            return last ? new String[] {"", "", v} : new String[] {v, "", ""};
        }
        return new String[] {v.substring(0, i), sep, v.substring(i + sep.length())};
    }

    /**
     * ljust (side < 0), rjust (side > 0) or center (0) to width with fill; len is v's length in
     * characters; null when v is already wide enough.
     */
    static String pad(String v, int len, long width, char fill, int side) {
        long total = width - len;
        if (total <= 0) {
            return null;
        }
        long left = side < 0 ? 0 : side > 0 ? total : total / 2 + (total & width & 1);
        String f = String.valueOf(fill);
        return f.repeat((int) left) + v + f.repeat((int) (total - left));
    }

    /** zfill: zeros after a leading sign; len is v's length in characters; null when v is already wide enough. */
    static String zfill(String v, int len, long width) {
        if (len >= width) {
            return null;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return v.charAt(0) + zeros + v.substring(1);
        }
        return zeros + v;
    }

    static String expandtabs(String v, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    sb.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                sb.appendCodePoint(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /**
     * The optional (start, end) arguments at args[from], args[from+1] as CPython's ADJUST_INDICES:
     * negatives count from the end, end is clipped to len, start is not (a start past the end
     * makes every search fail).
     */
    static int[] span(int len, PyObject[] args, int from) {
        long start = 0;
        long end = len;
        if (args.length > from && args[from] != PyNone.NONE) {
            start = Abstract.index(args[from]);
        }
        if (args.length > from + 1 && args[from + 1] != PyNone.NONE) {
            end = Abstract.index(args[from + 1]);
        }
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** Occurrences of sub in v[start:end], not overlapping; an empty sub matches between every char. */
    static int count(String v, String sub, int start, int end) {
        if (end - start < 0) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        String part = v.substring(start, end);
        int n = 0;
        for (int i = part.indexOf(sub); i >= 0; i = part.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** find/rfind of sub in v[start:end]: an index into v, or -1. */
    static int find(String v, String sub, int start, int end, boolean last) {
        if (end - start < sub.length()) {
            return -1;
        }
        // search in place: copying v[start:end] first made every call O(len(v))
        if (last) {
            int i = v.lastIndexOf(sub, end - sub.length());
            return i >= start ? i : -1;
        }
        int i = v.indexOf(sub, start);
        return i >= 0 && i + sub.length() <= end ? i : -1;
    }

    /** startswith/endswith over v[start:end]. */
    static boolean affix(String v, String fix, int start, int end, boolean prefix) {
        if (end - start < fix.length()) {
            return false;
        }
        return prefix ? v.startsWith(fix, start) : v.startsWith(fix, end - fix.length());
    }
}
