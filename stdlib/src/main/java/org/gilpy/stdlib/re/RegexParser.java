package org.gilpy.stdlib.re;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyStr;
import org.gilpy.stdlib.re.RegexNode.AnchorKind;
import org.gilpy.stdlib.re.RegexNode.Category;
import org.gilpy.stdlib.re.RegexNode.Greed;
import org.gilpy.stdlib.re.RegexNode.SetItem;

/**
 * Reads a Python regular expression into a {@link RegexNode} tree, accepting exactly what
 * CPython 3.11's {@code re} accepts and refusing the rest with its messages and positions.
 *
 * <p>The pattern is read in tokens as CPython's tokenizer reads it: one character, or a
 * backslash and the character after it. Positions are those of the pattern text (for bytes
 * patterns the bytes, read as Latin-1). A bad lookbehind width is a compile-time error in
 * CPython, reported without a position after the whole pattern has parsed; so is it here.
 */
final class RegexParser {
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = 1073741823;

    private static final String SPECIAL_CHARS = ".\\[{()*+?^$|";
    private static final String WHITESPACE = " \t\n\r\u000b\f";

    /** What a successful parse yields. */
    record Parsed(RegexNode root, int flags, int groups, Map<String, Integer> groupIndex, int[] groupParents,
                  Set<Integer> conditionGroups) {}

    /** A syntax error: re.error(msg, pattern, pos), pos -1 for none. */
    static final class PatternError extends RuntimeException {
        final String msg;
        final int pos;

        PatternError(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    private final String src;
    private final boolean isText;
    private int flags;

    private int index;
    private String next;

    /** Each group's body once it is closed (null while open); slot 0 stands for the whole match. */
    private final List<RegexNode> groupBodies = new ArrayList<>();
    private final List<Integer> groupParents = new ArrayList<>();
    private final Deque<Integer> openGroups = new ArrayDeque<>();
    private final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    /** Where each group number a conditional names first appears (checked once all groups are known). */
    private final Map<Integer, Integer> conditionRefPos = new LinkedHashMap<>();
    private final Set<Integer> conditionGroups = new LinkedHashSet<>();
    /** The group count when the outermost enclosing lookbehind began, or -1 outside lookbehinds. */
    private int lookbehindGroups = -1;
    private final List<RegexNode> lookbehinds = new ArrayList<>();

    private RegexParser(String src, boolean isText, int flags) {
        this.src = src;
        this.isText = isText;
        this.flags = flags;
        groupBodies.add(null);
        groupParents.add(0);
        advance();
    }

    /** Parses src (a bytes pattern decoded as Latin-1 when !isText) under the given flags. */
    static Parsed parse(String src, boolean isText, int flags) {
        RegexParser p = new RegexParser(src, isText, flags);
        RegexNode root = p.parseAlternation((flags & ReFlags.VERBOSE) != 0, 0);
        p.flags = fixFlags(isText, p.flags);
        if (p.next != null) {
            throw p.error("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> ref : p.conditionRefPos.entrySet()) {
            if (ref.getKey() >= p.groupBodies.size()) {
                throw new PatternError("invalid group reference " + ref.getKey(), ref.getValue());
            }
        }
        for (RegexNode body : p.lookbehinds) {
            long[] w = p.width(body);
            if (w[0] != w[1]) {
                throw new PatternError("look-behind requires fixed-width pattern", -1);
            }
        }
        int[] parents = p.groupParents.stream().mapToInt(Integer::intValue).toArray();
        return new Parsed(root, p.flags, p.groupBodies.size() - 1, p.groupIndex, parents, p.conditionGroups);
    }

    /** Checks the str/bytes flags and gives str patterns their implicit UNICODE. */
    static int fixFlags(boolean isText, int flags) {
        if (isText) {
            if ((flags & ReFlags.LOCALE) != 0) {
                throw PyExc.valueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & ReFlags.ASCII) == 0) {
                flags |= ReFlags.UNICODE;
            } else if ((flags & ReFlags.UNICODE) != 0) {
                throw PyExc.valueError("ASCII and UNICODE flags are incompatible");
            }
        } else {
            if ((flags & ReFlags.UNICODE) != 0) {
                throw PyExc.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & ReFlags.LOCALE) != 0 && (flags & ReFlags.ASCII) != 0) {
                throw PyExc.valueError("ASCII and LOCALE flags are incompatible");
            }
        }
        return flags;
    }

    // ---------------------------------------------------------------- tokens

    private void advance() {
        if (index >= src.length()) {
            next = null;
            return;
        }
        int start = index;
        if (src.charAt(index) == '\\') {
            index++;
            if (index >= src.length()) {
                throw new PatternError("bad escape (end of pattern)", src.length() - 1);
            }
        }
        index += Character.charCount(src.codePointAt(index));
        next = src.substring(start, index);
    }

    private boolean match(String token) {
        if (token.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    private String get() {
        String t = next;
        advance();
        return t;
    }

    private int tell() {
        return index - (next == null ? 0 : next.length());
    }

    private void seek(int pos) {
        index = pos;
        advance();
    }

    private boolean nextIn(String chars) {
        return next != null && next.length() == 1 && chars.indexOf(next.charAt(0)) >= 0;
    }

    /** Up to n tokens from chars. */
    private String getWhile(int n, String chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && nextIn(chars); i++) {
            sb.append(get());
        }
        return sb.toString();
    }

    /** The text up to terminator, which is consumed; name says what was expected, for errors. */
    private String getUntil(char terminator, String name) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            String c = next;
            advance();
            if (c == null) {
                if (sb.length() == 0) {
                    throw error("missing " + name, 0);
                }
                throw error("missing " + terminator + ", unterminated name", sb.length());
            }
            if (c.length() == 1 && c.charAt(0) == terminator) {
                if (sb.length() == 0) {
                    throw error("missing " + name, 1);
                }
                return sb.toString();
            }
            sb.append(c);
        }
    }

    private PatternError error(String msg, int offset) {
        if (!isText) {
            msg = asciiBackslashReplace(msg);
        }
        return new PatternError(msg, tell() - offset);
    }

    private static String asciiBackslashReplace(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x80 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return sb.toString();
    }

    private void checkGroupName(String name, int offset) {
        if (!isIdentifier(name)) {
            throw error("bad character in group name " + reprOf(name), name.length() + offset);
        }
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String reprOf(String s) {
        return PyStr.repr(s);
    }

    // ---------------------------------------------------------------- groups

    private int groupCount() {
        return groupBodies.size();
    }

    private int openGroup(String name, int nameOffset) {
        int gid = groupCount();
        if (gid >= MAXGROUPS) {
            throw error("too many groups", nameOffset);
        }
        if (name != null) {
            Integer old = groupIndex.get(name);
            if (old != null) {
                throw error("redefinition of group name " + reprOf(name) + " as group " + gid + "; was group " + old,
                        nameOffset);
            }
            groupIndex.put(name, gid);
        }
        groupBodies.add(null);
        groupParents.add(openGroups.isEmpty() ? 0 : openGroups.peek());
        openGroups.push(gid);
        return gid;
    }

    private void closeGroup(int gid, RegexNode body) {
        groupBodies.set(gid, body);
        openGroups.pop();
    }

    private boolean isClosed(int gid) {
        return gid > 0 && gid < groupCount() && groupBodies.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups >= 0) {
            if (!isClosed(gid)) {
                throw error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    // ---------------------------------------------------------------- grammar

    /** branch ('|' branch)*. */
    private RegexNode parseAlternation(boolean verbose, int nested) {
        List<RegexNode> branches = new ArrayList<>();
        while (true) {
            branches.add(parseSequence(verbose, nested + 1, nested == 0 && branches.isEmpty()));
            if (!match("|")) {
                break;
            }
            if (nested == 0) {
                verbose = (flags & ReFlags.VERBOSE) != 0;
            }
        }
        return branches.size() == 1 ? branches.get(0) : new RegexNode.Alternation(branches);
    }

    /** Items up to '|', ')' or the end; first is true where global flags may still appear. */
    private RegexNode parseSequence(boolean verbose, int nested, boolean first) {
        List<RegexNode> items = new ArrayList<>();
        while (next != null && !next.equals("|") && !next.equals(")")) {
            String tok = get();
            if (verbose && tok.length() == 1 && WHITESPACE.indexOf(tok.charAt(0)) >= 0) {
                continue;
            }
            if (verbose && tok.equals("#")) {
                while (next != null && !get().equals("\n")) {
                    // the comment runs to the end of the line
                }
                continue;
            }
            if (tok.charAt(0) == '\\') {
                items.add(escape(tok));
            } else if (tok.length() > 1 || SPECIAL_CHARS.indexOf(tok.charAt(0)) < 0) {
                items.add(new RegexNode.Literal(tok.codePointAt(0)));
            } else {
                switch (tok.charAt(0)) {
                    case '[' -> items.add(parseSet());
                    case '*', '+', '?', '{' -> repeat(tok.charAt(0), items);
                    case '.' -> items.add(new RegexNode.Any());
                    case '^' -> items.add(new RegexNode.Anchor(AnchorKind.BEGINNING));
                    case '$' -> items.add(new RegexNode.Anchor(AnchorKind.END));
                    case '(' -> {
                        int before = flags;
                        RegexNode group = parseParen(verbose, nested, first && items.isEmpty());
                        if (group != null) {
                            items.add(group);
                        } else if (flags != before) {
                            verbose = (flags & ReFlags.VERBOSE) != 0;
                        }
                    }
                    default -> throw new IllegalStateException("special character " + tok);
                }
            }
        }
        return items.size() == 1 ? items.get(0) : new RegexNode.Sequence(items);
    }

    /** Applies a repeat operator to the last item (or, for a '{' that is no repeat, adds it as a literal). */
    private void repeat(char op, List<RegexNode> items) {
        int here = tell();
        long min;
        long max;
        switch (op) {
            case '?' -> {
                min = 0;
                max = 1;
            }
            case '*' -> {
                min = 0;
                max = MAXREPEAT;
            }
            case '+' -> {
                min = 1;
                max = MAXREPEAT;
            }
            default -> {
                if ("}".equals(next)) {
                    items.add(new RegexNode.Literal('{'));
                    return;
                }
                String lo = getWhile(Integer.MAX_VALUE, "0123456789");
                String hi = match(",") ? getWhile(Integer.MAX_VALUE, "0123456789") : lo;
                if (!match("}")) {
                    items.add(new RegexNode.Literal('{'));
                    seek(here);
                    return;
                }
                min = lo.isEmpty() ? 0 : repeatCount(lo);
                max = hi.isEmpty() ? MAXREPEAT : repeatCount(hi);
                if (!hi.isEmpty() && max < min) {
                    throw error("min repeat greater than max repeat", tell() - here);
                }
            }
        }
        RegexNode item = items.isEmpty() ? null : items.get(items.size() - 1);
        if (item == null || item instanceof RegexNode.Anchor) {
            throw error("nothing to repeat", tell() - here + 1);
        }
        if (item instanceof RegexNode.Repeat) {
            throw error("multiple repeat", tell() - here + 1);
        }
        if (item instanceof RegexNode.Scoped s && s.addFlags() == 0 && s.delFlags() == 0) {
            item = s.body();
        }
        Greed greed = match("?") ? Greed.LAZY : match("+") ? Greed.POSSESSIVE : Greed.GREEDY;
        items.set(items.size() - 1, new RegexNode.Repeat(item, min, max, greed));
    }

    private static long repeatCount(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw PyExc.overflowError("the repetition number is too large");
        }
        return Long.parseLong(digits);
    }

    /**
     * After '(': a group, an extension, or inline flags. Returns null for what adds no item: a
     * comment, or global flags (which change {@link #flags}).
     */
    private RegexNode parseParen(boolean verbose, int nested, boolean first) {
        int start = tell() - 1;
        boolean capture = true;
        boolean atomic = false;
        String name = null;
        int addFlags = 0;
        int delFlags = 0;
        if (match("?")) {
            String c = get();
            if (c == null) {
                throw error("unexpected end of pattern", 0);
            }
            switch (c) {
                case "P" -> {
                    if (match("<")) {
                        name = getUntil('>', "group name");
                        checkGroupName(name, 1);
                    } else if (match("=")) {
                        String ref = getUntil(')', "group name");
                        checkGroupName(ref, 1);
                        Integer gid = groupIndex.get(ref);
                        if (gid == null) {
                            throw error("unknown group name " + reprOf(ref), ref.length() + 1);
                        }
                        if (!isClosed(gid)) {
                            throw error("cannot refer to an open group", ref.length() + 1);
                        }
                        checkLookbehindGroup(gid);
                        return new RegexNode.Backref(gid);
                    } else {
                        String after = get();
                        if (after == null) {
                            throw error("unexpected end of pattern", 0);
                        }
                        throw error("unknown extension ?P" + after, after.length() + 2);
                    }
                }
                case ":" -> capture = false;
                case "#" -> {
                    while (true) {
                        if (next == null) {
                            throw error("missing ), unterminated comment", tell() - start);
                        }
                        if (get().equals(")")) {
                            return null;
                        }
                    }
                }
                case "=", "!", "<" -> {
                    return lookaround(c, start, verbose, nested);
                }
                case "(" -> {
                    return conditional(start, verbose, nested);
                }
                case ">" -> {
                    capture = false;
                    atomic = true;
                }
                default -> {
                    if (c.equals("-") || (c.length() == 1 && ReFlags.ofLetter(c.charAt(0)) != 0)) {
                        int[] scoped = parseFlags(c.charAt(0));
                        if (scoped == null) {
                            if (!first) {
                                throw error("global flags not at the start of the expression", tell() - start);
                            }
                            return null;
                        }
                        addFlags = scoped[0];
                        delFlags = scoped[1];
                        capture = false;
                    } else {
                        throw error("unknown extension ?" + c, c.length() + 1);
                    }
                }
            }
        }
        int group = capture ? openGroup(name, name == null ? 0 : name.length() + 1) : -1;
        boolean subVerbose = (verbose || (addFlags & ReFlags.VERBOSE) != 0) && (delFlags & ReFlags.VERBOSE) == 0;
        RegexNode body = parseAlternation(subVerbose, nested + 1);
        if (!match(")")) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        if (capture) {
            closeGroup(group, body);
            return new RegexNode.Group(group, body);
        }
        return atomic ? new RegexNode.Atomic(body) : new RegexNode.Scoped(addFlags, delFlags, body);
    }

    private RegexNode lookaround(String kind, int start, boolean verbose, int nested) {
        boolean behind = kind.equals("<");
        int outerLookbehind = lookbehindGroups;
        if (behind) {
            kind = get();
            if (kind == null) {
                throw error("unexpected end of pattern", 0);
            }
            if (!kind.equals("=") && !kind.equals("!")) {
                throw error("unknown extension ?<" + kind, kind.length() + 2);
            }
            if (lookbehindGroups < 0) {
                lookbehindGroups = groupCount();
            }
        }
        RegexNode body = parseAlternation(verbose, nested + 1);
        if (behind) {
            lookbehindGroups = outerLookbehind;
            lookbehinds.add(body);
        }
        if (!match(")")) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        return new RegexNode.Lookaround(behind, kind.equals("!"), body);
    }

    private RegexNode conditional(int start, boolean verbose, int nested) {
        String cond = getUntil(')', "group name");
        int group;
        if (isIdentifier(cond)) {
            Integer gid = groupIndex.get(cond);
            if (gid == null) {
                throw error("unknown group name " + reprOf(cond), cond.length() + 1);
            }
            group = gid;
        } else {
            long n = -1;
            if (cond.chars().allMatch(Character::isDigit) && cond.length() < 12) {
                n = Long.parseLong(cond);
            }
            if (n < 0) {
                throw error("bad character in group name " + reprOf(cond), cond.length() + 1);
            }
            if (n == 0) {
                throw error("bad group number", cond.length() + 1);
            }
            if (n >= MAXGROUPS) {
                throw error("invalid group reference " + n, cond.length() + 1);
            }
            group = (int) n;
            conditionRefPos.putIfAbsent(group, tell() - cond.length() - 1);
        }
        conditionGroups.add(group);
        checkLookbehindGroup(group);
        RegexNode yes = parseSequence(verbose, nested + 1, false);
        RegexNode no = null;
        if (match("|")) {
            no = parseSequence(verbose, nested + 1, false);
            if ("|".equals(next)) {
                throw error("conditional backref with more than two branches", 0);
            }
        }
        if (!match(")")) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        return new RegexNode.Conditional(group, yes, no);
    }

    /**
     * Inline flags after "(?", starting at c. Returns null for global flags ("(?i)", already
     * added to {@link #flags}), else {add, delete} for a scoped "(?i-s:".
     */
    private int[] parseFlags(char c) {
        int add = 0;
        int del = 0;
        String ch = String.valueOf(c);
        if (c != '-') {
            while (true) {
                int flag = ReFlags.ofLetter(ch.charAt(0));
                if (isText && ch.equals("L")) {
                    throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                }
                if (!isText && ch.equals("u")) {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & ReFlags.TYPE_FLAGS) != 0 && (add & ReFlags.TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                ch = get();
                if (ch == null) {
                    throw error("missing -, : or )", 0);
                }
                if (ch.equals(")") || ch.equals("-") || ch.equals(":")) {
                    break;
                }
                if (!isFlagLetter(ch)) {
                    throw error(isAlpha(ch) ? "unknown flag" : "missing -, : or )", ch.length());
                }
            }
        }
        if (ch.equals(")")) {
            flags |= add;
            return null;
        }
        if ((add & ReFlags.GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn on global flag", 1);
        }
        if (ch.equals("-")) {
            ch = get();
            if (ch == null) {
                throw error("missing flag", 0);
            }
            if (!isFlagLetter(ch)) {
                throw error(isAlpha(ch) ? "unknown flag" : "missing flag", ch.length());
            }
            while (true) {
                int flag = ReFlags.ofLetter(ch.charAt(0));
                if ((flag & ReFlags.TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                ch = get();
                if (ch == null) {
                    throw error("missing :", 0);
                }
                if (ch.equals(":")) {
                    break;
                }
                if (!isFlagLetter(ch)) {
                    throw error(isAlpha(ch) ? "unknown flag" : "missing :", ch.length());
                }
            }
        }
        if ((del & ReFlags.GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    private static boolean isFlagLetter(String s) {
        return s.length() == 1 && ReFlags.ofLetter(s.charAt(0)) != 0;
    }

    private static boolean isAlpha(String s) {
        return s.codePoints().allMatch(Character::isLetter);
    }

    // ---------------------------------------------------------------- sets

    private RegexNode parseSet() {
        int here = tell() - 1;
        List<SetItem> items = new ArrayList<>();
        boolean negated = match("^");
        while (true) {
            String tok = get();
            if (tok == null) {
                throw error("unterminated character set", tell() - here);
            }
            if (tok.equals("]") && !items.isEmpty()) {
                break;
            }
            SetItem first = tok.charAt(0) == '\\' ? classEscape(tok) : new RegexNode.Single(tok.codePointAt(0));
            if (match("-")) {
                String that = get();
                if (that == null) {
                    throw error("unterminated character set", tell() - here);
                }
                if (that.equals("]")) {
                    items.add(first);
                    items.add(new RegexNode.Single('-'));
                    break;
                }
                SetItem last = that.charAt(0) == '\\' ? classEscape(that) : new RegexNode.Single(that.codePointAt(0));
                String msg = "bad character range " + tok + "-" + that;
                if (!(first instanceof RegexNode.Single lo) || !(last instanceof RegexNode.Single hi)) {
                    throw error(msg, tok.length() + 1 + that.length());
                }
                if (hi.codePoint() < lo.codePoint()) {
                    throw error(msg, tok.length() + 1 + that.length());
                }
                items.add(new RegexNode.Range(lo.codePoint(), hi.codePoint()));
            } else {
                items.add(first);
            }
        }
        return new RegexNode.CharSet(negated, items);
    }

    // ---------------------------------------------------------------- escapes

    private static Category category(char c) {
        return switch (c) {
            case 'd' -> Category.DIGIT;
            case 'D' -> Category.NOT_DIGIT;
            case 's' -> Category.SPACE;
            case 'S' -> Category.NOT_SPACE;
            case 'w' -> Category.WORD;
            case 'W' -> Category.NOT_WORD;
            default -> null;
        };
    }

    /** \a \f \n \r \t \v \\ (and \b, which only sets read as backspace). */
    static int simpleEscape(char c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private SetItem classEscape(String esc) {
        char c = esc.charAt(1);
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return new RegexNode.Single(simple);
        }
        Category cat = category(c);
        if (cat != null) {
            return new RegexNode.CategoryItem(cat);
        }
        Integer cp = codeEscape(esc);
        if (cp != null) {
            return new RegexNode.Single(cp);
        }
        if (c >= '0' && c <= '7') {
            String digits = esc + getWhile(2, "01234567");
            int v = Integer.parseInt(digits.substring(1), 8);
            if (v > 0xff) {
                throw error("octal escape value " + digits + " outside of range 0-0o377", digits.length());
            }
            return new RegexNode.Single(v);
        }
        if (esc.length() == 2 && !isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
            return new RegexNode.Single(esc.codePointAt(1));
        }
        if (esc.length() > 2) {
            return new RegexNode.Single(esc.codePointAt(1));
        }
        throw error("bad escape " + esc, esc.length());
    }

    private RegexNode escape(String esc) {
        char c = esc.charAt(1);
        switch (c) {
            case 'A' -> {
                return new RegexNode.Anchor(AnchorKind.BEGINNING_STRING);
            }
            case 'Z' -> {
                return new RegexNode.Anchor(AnchorKind.END_STRING);
            }
            case 'b' -> {
                return new RegexNode.Anchor(AnchorKind.BOUNDARY);
            }
            case 'B' -> {
                return new RegexNode.Anchor(AnchorKind.NON_BOUNDARY);
            }
            default -> { }
        }
        Category cat = category(c);
        if (cat != null) {
            return new RegexNode.CharSet(false, List.of(new RegexNode.CategoryItem(cat)));
        }
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return new RegexNode.Literal(simple);
        }
        Integer cp = codeEscape(esc);
        if (cp != null) {
            return new RegexNode.Literal(cp);
        }
        if (c == '0') {
            String digits = esc + getWhile(2, "01234567");
            return new RegexNode.Literal(Integer.parseInt(digits.substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            return numberEscape(esc);
        }
        if (esc.length() > 2 || !isAsciiLetter(c)) {
            return new RegexNode.Literal(esc.codePointAt(1));
        }
        throw error("bad escape " + esc, esc.length());
    }

    /** \1..\99 as a group reference, or \ooo as an octal escape. */
    private RegexNode numberEscape(String esc) {
        if (nextIn("0123456789")) {
            esc += get();
            if (isOctal(esc.charAt(1)) && isOctal(esc.charAt(2)) && nextIn("01234567")) {
                esc += get();
                int v = Integer.parseInt(esc.substring(1), 8);
                if (v > 0xff) {
                    throw error("octal escape value " + esc + " outside of range 0-0o377", esc.length());
                }
                return new RegexNode.Literal(v);
            }
        }
        int group = Integer.parseInt(esc.substring(1));
        if (group < groupCount()) {
            if (!isClosed(group)) {
                throw error("cannot refer to an open group", esc.length());
            }
            checkLookbehindGroup(group);
            return new RegexNode.Backref(group);
        }
        throw error("invalid group reference " + group, esc.length() - 1);
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** \xhh, \\uhhhh, \Uhhhhhhhh and \N{name} (the last three in str patterns only), else null. */
    private Integer codeEscape(String esc) {
        char c = esc.charAt(1);
        int digits = c == 'x' ? 2 : (isText && c == 'u') ? 4 : (isText && c == 'U') ? 8 : 0;
        if (digits > 0) {
            String full = esc + getWhile(digits, "0123456789abcdefABCDEF");
            if (full.length() != digits + 2) {
                throw error("incomplete escape " + full, full.length());
            }
            long v = Long.parseLong(full.substring(2), 16);
            if (v > Character.MAX_CODE_POINT) {
                throw error("bad escape " + full, full.length());
            }
            return (int) v;
        }
        if (isText && c == 'N') {
            if (!match("{")) {
                throw error("missing {", 0);
            }
            String name = getUntil('}', "character name");
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw error("undefined character name " + reprOf(name), name.length() + 4);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- widths

    /** The {min, max} length of what node can match, capped at MAXREPEAT as CPython caps it. */
    long[] width(RegexNode node) {
        if (node instanceof RegexNode.Literal || node instanceof RegexNode.Any || node instanceof RegexNode.CharSet) {
            return new long[] {1, 1};
        }
        if (node instanceof RegexNode.Sequence s) {
            long lo = 0;
            long hi = 0;
            for (RegexNode item : s.items()) {
                long[] w = width(item);
                lo = Math.min(lo + w[0], MAXREPEAT);
                hi = Math.min(hi + w[1], MAXREPEAT);
            }
            return new long[] {lo, hi};
        }
        if (node instanceof RegexNode.Alternation a) {
            long lo = MAXREPEAT;
            long hi = 0;
            for (RegexNode b : a.branches()) {
                long[] w = width(b);
                lo = Math.min(lo, w[0]);
                hi = Math.max(hi, w[1]);
            }
            return new long[] {lo, hi};
        }
        if (node instanceof RegexNode.Group g) {
            return width(g.body());
        }
        if (node instanceof RegexNode.Scoped s) {
            return width(s.body());
        }
        if (node instanceof RegexNode.Atomic a) {
            return width(a.body());
        }
        if (node instanceof RegexNode.Repeat r) {
            long[] w = width(r.body());
            return new long[] {saturatedProduct(w[0], r.min()), saturatedProduct(w[1], r.max())};
        }
        if (node instanceof RegexNode.Backref b) {
            return width(groupBodies.get(b.group()));
        }
        if (node instanceof RegexNode.Conditional c) {
            long[] yes = width(c.yes());
            if (c.no() == null) {
                return new long[] {0, yes[1]};
            }
            long[] no = width(c.no());
            return new long[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
        }
        return new long[] {0, 0};
    }

    private static long saturatedProduct(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > MAXREPEAT / b ? MAXREPEAT : Math.min(a * b, MAXREPEAT);
    }
}
