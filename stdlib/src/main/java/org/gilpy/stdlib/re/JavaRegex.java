package org.gilpy.stdlib.re;

import java.util.Set;
import java.util.regex.Pattern;
import org.gilpy.stdlib.re.RegexNode.Category;
import org.gilpy.stdlib.re.RegexNode.SetItem;

/**
 * Writes a parsed Python pattern as a java.util.regex pattern with the same meaning.
 *
 * <p>Nothing is left to Java's flags but case folding: every construct whose meaning differs
 * between the two engines is spelled out. {@code .} never matches {@code \n} unless DOTALL;
 * {@code ^} and {@code $} follow Python's MULTILINE rules (Java's {@code ^} would not match after
 * a final newline); {@code \d}, {@code \w}, {@code \s} and {@code \b} use Python's Unicode or
 * ASCII classes ({@code \w} is letters, numbers and underscore, but not combining marks as
 * Java's is); literals are written as {@code \x{...}} so Java's extra metacharacters and
 * escapes never come into play. Python groups keep their numbers except where a conditional
 * {@code (?(n)yes|no)} needs to test whether group n took part: Java has no conditionals, so
 * such a group gets an empty marker group at its end, and the conditional becomes a lookahead
 * on a backreference to the marker (which fails exactly when the group did not match).
 */
final class JavaRegex {
    /** A translation: the Java regex, its flags, and the Java group number of each Python group. */
    record Translation(String regex, int javaFlags, int[] javaGroup) {
        Pattern compile() {
            return Pattern.compile(regex, javaFlags);
        }
    }

    private static final String UNICODE_WORD = "\\p{L}\\p{N}_";
    private static final String ASCII_WORD = "A-Za-z0-9_";
    /** Python's str.isspace(): Unicode's White_Space and the information separators x1c to x1f. */
    private static final String UNICODE_SPACE = "\\p{IsWhite_Space}\\x{1c}-\\x{1f}";
    private static final String ASCII_SPACE = "\\t-\\r\\x{20}";

    private final StringBuilder out = new StringBuilder();
    private final boolean isText;
    private final Set<Integer> conditionGroups;
    private final int[] javaGroup;
    private final int[] markerGroup;

    private JavaRegex(RegexParser.Parsed parsed, boolean isText) {
        this.isText = isText;
        this.conditionGroups = parsed.conditionGroups();
        this.javaGroup = new int[parsed.groups() + 1];
        this.markerGroup = new int[parsed.groups() + 1];
    }

    static Translation translate(RegexParser.Parsed parsed, boolean isText) {
        JavaRegex t = new JavaRegex(parsed, isText);
        t.number(parsed.root(), new int[] {1});
        t.emit(parsed.root(), parsed.flags());
        int javaFlags = (parsed.flags() & ReFlags.IGNORECASE) != 0 ? Pattern.CASE_INSENSITIVE : 0;
        if (t.unicode(parsed.flags())) {
            javaFlags |= Pattern.UNICODE_CASE;
        }
        return new Translation(t.out.toString(), javaFlags, t.javaGroup);
    }

    /** Python's Unicode semantics (str patterns without ASCII); bytes and ASCII patterns fold only ASCII. */
    private boolean unicode(int flags) {
        return isText && (flags & ReFlags.ASCII) == 0;
    }

    /** Assigns Java group numbers in the order their parentheses will open. */
    private void number(RegexNode node, int[] next) {
        if (node instanceof RegexNode.Group g) {
            javaGroup[g.index()] = next[0]++;
            number(g.body(), next);
            if (conditionGroups.contains(g.index())) {
                markerGroup[g.index()] = next[0]++;
            }
        } else if (node instanceof RegexNode.Sequence s) {
            s.items().forEach(n -> number(n, next));
        } else if (node instanceof RegexNode.Alternation a) {
            a.branches().forEach(n -> number(n, next));
        } else if (node instanceof RegexNode.Conditional c) {
            number(c.yes(), next);
            if (c.no() != null) {
                number(c.no(), next);
            }
        } else {
            RegexNode body = body(node);
            if (body != null) {
                number(body, next);
            }
        }
    }

    /** The one subpattern of a wrapping node, or null. */
    private static RegexNode body(RegexNode node) {
        if (node instanceof RegexNode.Scoped s) {
            return s.body();
        }
        if (node instanceof RegexNode.Atomic a) {
            return a.body();
        }
        if (node instanceof RegexNode.Repeat r) {
            return r.body();
        }
        if (node instanceof RegexNode.Lookaround l) {
            return l.body();
        }
        return null;
    }

    private void emit(RegexNode node, int flags) {
        if (node instanceof RegexNode.Literal l) {
            literal(l.codePoint());
        } else if (node instanceof RegexNode.Any) {
            out.append((flags & ReFlags.DOTALL) != 0 ? "(?s:.)" : "[^\\n]");
        } else if (node instanceof RegexNode.Anchor a) {
            anchor(a.kind(), flags);
        } else if (node instanceof RegexNode.CharSet s) {
            charSet(s, flags);
        } else if (node instanceof RegexNode.Sequence s) {
            s.items().forEach(n -> emit(n, flags));
        } else if (node instanceof RegexNode.Alternation a) {
            out.append("(?:");
            for (int i = 0; i < a.branches().size(); i++) {
                out.append(i == 0 ? "" : "|");
                emit(a.branches().get(i), flags);
            }
            out.append(')');
        } else if (node instanceof RegexNode.Group g) {
            out.append('(');
            emit(g.body(), flags);
            if (markerGroup[g.index()] != 0) {
                out.append("()");
            }
            out.append(')');
        } else if (node instanceof RegexNode.Scoped s) {
            scoped(s, flags);
        } else if (node instanceof RegexNode.Atomic a) {
            out.append("(?>");
            emit(a.body(), flags);
            out.append(')');
        } else if (node instanceof RegexNode.Repeat r) {
            repeat(r, flags);
        } else if (node instanceof RegexNode.Lookaround l) {
            out.append(l.behind() ? "(?<" : "(?").append(l.negated() ? '!' : '=');
            emit(l.body(), flags);
            out.append(')');
        } else if (node instanceof RegexNode.Backref b) {
            out.append("(?:\\").append(javaGroup[b.group()]).append(')');
        } else if (node instanceof RegexNode.Conditional c) {
            int marker = markerGroup[c.group()];
            out.append("(?:(?=\\").append(marker).append(')');
            emit(c.yes(), flags);
            out.append("|(?!\\").append(marker).append(')');
            if (c.no() != null) {
                emit(c.no(), flags);
            }
            out.append(')');
        }
    }

    private void literal(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
            out.append((char) cp);
        } else {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    private void anchor(RegexNode.AnchorKind kind, int flags) {
        boolean multiline = (flags & ReFlags.MULTILINE) != 0;
        String word = wordSet(flags);
        out.append(switch (kind) {
            case BEGINNING -> multiline ? "(?<![^\\n])" : "\\A";
            case BEGINNING_STRING -> "\\A";
            case END -> multiline ? "(?=\\n|\\z)" : "(?=\\n?\\z)";
            case END_STRING -> "\\z";
            case BOUNDARY -> "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))";
            // as in CPython, \B never matches in an empty string
            case NON_BOUNDARY -> "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word
                    + ")(?:(?<=[\\s\\S])|(?=[\\s\\S])))";
        });
    }

    private String wordSet(int flags) {
        return "[" + (unicode(flags) ? UNICODE_WORD : ASCII_WORD) + "]";
    }

    /** The members of a category's set, without brackets (negated categories are their complement). */
    private String categoryBody(Category c, int flags) {
        boolean uni = unicode(flags);
        return switch (c) {
            case DIGIT, NOT_DIGIT -> uni ? "\\p{Nd}" : "0-9";
            case WORD, NOT_WORD -> uni ? UNICODE_WORD : ASCII_WORD;
            case SPACE, NOT_SPACE -> uni ? UNICODE_SPACE : ASCII_SPACE;
        };
    }

    private static boolean negatedCategory(Category c) {
        return c == Category.NOT_DIGIT || c == Category.NOT_WORD || c == Category.NOT_SPACE;
    }

    private void charSet(RegexNode.CharSet set, int flags) {
        if (!set.negated() && set.items().size() == 1 && set.items().get(0) instanceof RegexNode.CategoryItem c) {
            out.append(negatedCategory(c.category()) ? "[^" : "[").append(categoryBody(c.category(), flags)).append(']');
            return;
        }
        out.append(set.negated() ? "[^" : "[");
        for (SetItem item : set.items()) {
            if (item instanceof RegexNode.Single s) {
                literal(s.codePoint());
            } else if (item instanceof RegexNode.Range r) {
                literal(r.lo());
                out.append('-');
                literal(r.hi());
            } else if (item instanceof RegexNode.CategoryItem c) {
                String body = categoryBody(c.category(), flags);
                out.append(negatedCategory(c.category()) ? "[^" + body + "]" : body);
            }
        }
        out.append(']');
    }

    private void scoped(RegexNode.Scoped s, int flags) {
        int inner = flags;
        if ((s.addFlags() & ReFlags.TYPE_FLAGS) != 0) {
            inner &= ~ReFlags.TYPE_FLAGS;
        }
        inner = (inner | s.addFlags()) & ~s.delFlags();
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean caseBefore = (flags & ReFlags.IGNORECASE) != 0;
        boolean caseAfter = (inner & ReFlags.IGNORECASE) != 0;
        if (caseBefore != caseAfter) {
            (caseAfter ? on : off).append('i');
        }
        if (unicode(flags) != unicode(inner)) {
            (unicode(inner) ? on : off).append('u');
        }
        out.append("(?").append(on);
        if (off.length() > 0) {
            out.append('-').append(off);
        }
        out.append(':');
        emit(s.body(), inner);
        out.append(')');
    }

    private void repeat(RegexNode.Repeat r, int flags) {
        RegexNode body = r.body();
        boolean atom = body instanceof RegexNode.Literal || body instanceof RegexNode.Any
                || body instanceof RegexNode.CharSet || body instanceof RegexNode.Group
                || body instanceof RegexNode.Atomic || body instanceof RegexNode.Backref;
        if (!atom) {
            out.append("(?:");
        }
        emit(body, flags);
        if (!atom) {
            out.append(')');
        }
        long min = Math.min(r.min(), Integer.MAX_VALUE);
        long max = r.max() >= RegexParser.MAXREPEAT ? -1 : Math.min(r.max(), Integer.MAX_VALUE);
        if (max < 0) {
            out.append(min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}");
        } else if (min == 0 && max == 1) {
            out.append('?');
        } else if (min == max) {
            out.append('{').append(min).append('}');
        } else {
            out.append('{').append(min).append(',').append(max).append('}');
        }
        switch (r.greed()) {
            case LAZY -> out.append('?');
            case POSSESSIVE -> out.append('+');
            case GREEDY -> { }
        }
    }
}
